// Text of on-site emergency service (layanan darurat), its stock and its receipt (tanda terima).
export const emergency = {};
