/**
 * The drafts of the project forms ("New Project", "Edit"), wherever they are open: a record
 * page's related list or the Projects tab. They live in `records.drafts`, so what the user typed
 * survives a failed request and a re-render, and both areas send a draft the same way: checked
 * first (a draft with errors shows them and sends nothing), then sent once, the server's field
 * messages put back on it when it refuses.
 */
import type { FieldValue } from '../../schemas/entities.js';
import type { InputOf, OutputOf } from '../../schemas/contract.js';
import { checkDraft, withErrors, type ProjectDraft } from '../../rules/project-form.js';
import type { StoreError } from '../errors.js';
import type { Result } from '../result.js';
import type { Core } from '../state.js';
import type { RequestKey } from '../store-core.js';

export type DraftValues = Record<string, FieldValue>;
/** The operations that send a project form's draft. */
type DraftOperation = 'createRecordProject' | 'updateRecordProject' | 'createPortalProject' | 'updatePortalProject';

/**
 * A draft that did not pass its checks: nothing was sent. The English message is for logs;
 * the code is the contract's, so `errorText()` shows the user the same sentence in their language.
 */
function invalidDraft(operation: string, fieldErrors: Record<string, string>): StoreError {
  return {
    kind: 'invalid-input', code: 'invalid-project', message: 'Some fields need attention.', operation, fieldErrors, issues: [],
  };
}

export class ProjectDrafts {
  constructor(private readonly core: Core) {}

  get(key: string): ProjectDraft | undefined {
    return this.core.state.records.drafts[key];
  }

  set(key: string, draft: ProjectDraft): void {
    this.core.update('records', (s) => (s.drafts[key] === draft ? s : { ...s, drafts: { ...s.drafts, [key]: draft } }));
  }

  /** Cancel: the draft and the form's last error go. */
  close(key: string, requestKey?: RequestKey): void {
    if (requestKey) this.core.clearError(requestKey);
    this.core.update('records', (s) => {
      if (!s.drafts[key]) return s;
      const { [key]: _closed, ...drafts } = s.drafts;
      return { ...s, drafts };
    });
  }

  /**
   * Sends the draft at `key` once it passes its checks; on success `saved` takes the answer and
   * the draft closes, on failure the draft stays with the server's field messages on it.
   */
  async submit<K extends DraftOperation>(
    operation: K, key: string, requestKey: RequestKey, input: (values: DraftValues) => InputOf<K>, saved: (out: OutputOf<K>) => void,
  ): Promise<Result<OutputOf<K>['project']>> {
    const draft = this.get(key);
    if (!draft) return { ok: false, error: invalidDraft(operation, {}) };
    const checked = checkDraft(draft);
    if (Object.keys(checked.errors).length && !this.core.isPending(requestKey)) {
      this.set(key, withErrors(draft, checked.errors));
      return { ok: false, error: invalidDraft(operation, checked.errors) };
    }
    const result = await this.core.run(operation, input(checked.values), {
      key: requestKey,
      onSuccess: (out) => {
        saved(out);
        this.close(key);
      },
    });
    if (!result.ok) this.#serverErrors(key, result.error);
    return result.ok ? { ok: true, value: result.value.project } : result;
  }

  /** The server's field messages go to the fields of the draft (the form words them with `fieldErrorText()`). */
  #serverErrors(key: string, error: StoreError): void {
    const draft = this.get(key);
    if (draft && Object.keys(error.fieldErrors).length) {
      this.set(key, withErrors(draft, error.fieldErrors, { check: false, code: error.code }));
    }
  }
}

/** The edit form's values as the contract's edit operations take them. */
export function editInput(v: DraftValues): { name: string; status: string; startDate: string | null; endDate: string | null } {
  const text = (x: unknown) => (typeof x === 'string' ? x : null);
  return { name: text(v['project_name']) ?? '', status: text(v['status']) ?? '', startDate: text(v['start_date']), endDate: text(v['end_date']) };
}
