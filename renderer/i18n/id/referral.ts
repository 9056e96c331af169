// Text of referrals (rujukan): the form, the letter, status tracking and the overdue list.
export const referral = {};
