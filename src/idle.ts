/**
 * Work for when the page is idle: `requestIdleCallback` where the engine has it (Chromium,
 * Firefox), a short timeout where it does not (WebKit). One scheduler for the library; ids of
 * timeouts are stored negated so `cancelIdle` knows which API made them.
 */
export function whenIdle(fn: (deadline?: IdleDeadline) => void, timeoutMs = 1_000): number {
  const w = globalThis as typeof globalThis & { requestIdleCallback?: typeof requestIdleCallback };
  return w.requestIdleCallback ? w.requestIdleCallback(fn, { timeout: timeoutMs }) : -(setTimeout(fn, 50) as unknown as number);
}

export function cancelIdle(id: number): void {
  if (!id) return;
  const w = globalThis as typeof globalThis & { cancelIdleCallback?: (id: number) => void };
  if (id < 0) clearTimeout(-id);
  else w.cancelIdleCallback?.(id);
}
