/** Demo credentials known to the fake server (SPEC section 5); shown on the demo page. */
export const OTHER_PORTAL_OWNER = {
  email: 'portal.owner@example.com',
  zscKey: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
} as const;

export const CRM_IMPORT_ACCOUNT = {
  email: 'crm.admin@example.com',
  zscKey: '0a1b2c3d4e5f60718293a4b5c6d7e8f9',
} as const;

/** The signed-in CRM administrator of the fake CRM account. */
export const CRM_ADMIN_EMAIL = 'admin@acme.example';
