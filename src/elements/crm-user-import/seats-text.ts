/** What the import says when the portal has too few seats (the rule `checkSeats` gives the counts). */
import { msg, str } from '@lit/localize';
import { formatNumber, plural } from '../../i18n/format.js';

/** Why an import that needs more seats than the portal has is refused (in the page's language). */
export function seatsRefusal(needed: number, available: number): string {
  const n = formatNumber(needed);
  const a = formatNumber(available);
  return plural(needed,
    msg(str`Not enough seats: this import needs ${n} seat, but the portal has ${a} seats available. Select fewer users, or add seats to the portal first.`,
      { id: 'import.seats.refused.one' }),
    plural(available,
      msg(str`Not enough seats: this import needs ${n} seats, but the portal has ${a} seat available. Select fewer users, or add seats to the portal first.`,
        { id: 'import.seats.refused.other-one' }),
      msg(str`Not enough seats: this import needs ${n} seats, but the portal has ${a} seats available. Select fewer users, or add seats to the portal first.`,
        { id: 'import.seats.refused.other' })));
}
