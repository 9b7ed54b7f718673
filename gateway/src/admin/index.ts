export { adminOptionsFromConfig, ADMIN_DIST_DIR, type AdminAuth, type AdminOptions } from './admin-options';
export { adminRouter, mountAdmin } from './admin.routes';
export { DEMO_IDENTITIES, type DemoIdentity } from './demo-identities';
