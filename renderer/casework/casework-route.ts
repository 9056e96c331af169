// Where the casework screen is: its home (search, overdue referrals, stock), a called ticket
// being matched to a beneficiary, a visit on one of its tabs, or a person's whole case. Kept in
// the hash, so a reload (or a crash and restart) comes back to the same place.
export const visitTabs = ['summary', 'assessment', 'emergency', 'referral'] as const;
export type VisitTab = (typeof visitTabs)[number];

export type CaseworkRoute =
  | { kind: 'home' }
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'visit'; visitId: string; tab: VisitTab }
  | { kind: 'person'; beneficiaryId: string };

export function parseCaseworkRoute(hash: string): CaseworkRoute {
  const [, kind, id, tab] = hash.replace(/^#\/?/, '').split('/');
  if (!id) return { kind: 'home' };
  switch (kind) {
    case 'ticket':
      return { kind: 'ticket', ticketId: id };
    case 'visit':
      return { kind: 'visit', visitId: id, tab: visitTabs.find((t) => t === tab) ?? 'summary' };
    case 'person':
      return { kind: 'person', beneficiaryId: id };
    default:
      return { kind: 'home' };
  }
}

export function caseworkHref(route: CaseworkRoute): string {
  switch (route.kind) {
    case 'home':
      return '#/casework';
    case 'ticket':
      return `#/casework/ticket/${route.ticketId}`;
    case 'visit':
      return `#/casework/visit/${route.visitId}/${route.tab}`;
    case 'person':
      return `#/casework/person/${route.beneficiaryId}`;
  }
}

/** Moves within the casework screen; `replace` keeps a hop (ticket → its visit) out of history. */
export function goToCasework(route: CaseworkRoute, replace = false) {
  const href = caseworkHref(route);
  if (replace) window.location.replace(href);
  else window.location.hash = href;
}
