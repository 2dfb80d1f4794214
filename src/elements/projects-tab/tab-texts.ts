/** What the Projects tab says: its column names, counts and the record a project came from. */
import { msg, str } from '@lit/localize';
import type { ProjectLink } from '../../schemas/entities.js';
import { formatNumber, formatPercent, plural } from '../../i18n/format.js';

export const columnNames = () => ({
  name: msg('Project Name', { id: 'records.field.project-name' }),
  status: msg('Status', { id: 'records.field.status' }),
  owner: msg('Owner', { id: 'tab.column.owner' }),
  startDate: msg('Start Date', { id: 'records.field.start-date' }),
  endDate: msg('End Date', { id: 'records.field.end-date' }),
  progress: msg('Progress', { id: 'tab.column.progress' }),
  link: msg('Created from', { id: 'tab.column.link' }),
});

/** "1,234 projects · 56 shown". */
export function countText(total: number, shown: number): string {
  const all = plural(total,
    msg(str`${formatNumber(total)} project`, { id: 'tab.count.one' }),
    msg(str`${formatNumber(total)} projects`, { id: 'tab.count.other' }));
  return shown === total ? all : `${all} · ${msg(str`${formatNumber(shown)} shown`, { id: 'tab.count.shown' })}`;
}

/** What a screen reader hears after a search or a filter. */
export const shownText = (shown: number): string => plural(shown,
  msg(str`${formatNumber(shown)} project shown.`, { id: 'tab.announce.shown.one' }),
  msg(str`${formatNumber(shown)} projects shown.`, { id: 'tab.announce.shown.other' }));

export const progressText = (percent: number): string => formatPercent(percent / 100);

/** "Deal: Zylker — Website Relaunch". */
export const linkText = (link: ProjectLink): string => (link.module === 'deals'
  ? msg(str`Deal: ${link.name}`, { id: 'tab.link.deal' })
  : msg(str`Account: ${link.name}`, { id: 'tab.link.account' }));

export const notLinkedText = () => msg('Not linked', { id: 'tab.link.none' });
export const tabTitle = () => msg('Projects', { id: 'tab.title' });
