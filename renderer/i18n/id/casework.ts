// Text of the casework screen: finding or creating the beneficiary of a called ticket, the
// visit and case timeline, and the casework home (search, overdue referrals, stock).
export const casework = {};
