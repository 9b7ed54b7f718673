import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { messages } from './messages';

/**
 * The areas of the UI, one folder each under src/ (as the subgraphs have one per slice). Each is
 * loaded on demand (React.lazy), so signing in downloads none of them.
 *
 * Adding an area (for example the providers' offers):
 *   1. src/offers/OffersArea.tsx with a default export: the area's own <Routes> (list, detail, ...),
 *      its queries written with graphql() from '../graphql', then `npm run codegen -w admin`.
 *   2. One entry below: key (its name in messages.areas), path, the roles whose navigation shows
 *      it, and the lazy import.
 *   3. Its texts in app/messages.ts, an e2e journey in e2e/ (axe included), and unit specs for
 *      any component that decides what to show. `roles` only decides what the navigation offers: the API decides what a
 *      user may read or change.
 */
export interface AreaRoute {
  key: keyof typeof messages.areas;
  /** Path below /admin/ (without slashes). */
  path: string;
  roles: readonly string[];
  component: LazyExoticComponent<ComponentType>;
}

export const AREAS: readonly AreaRoute[] = [
  { key: 'persons', path: 'persons', roles: ['CASE_MANAGER'], component: lazy(() => import('../persons/PersonsArea')) },
  {
    key: 'privacy',
    path: 'privacy',
    roles: ['DATA_PROTECTION_OFFICER'],
    component: lazy(() => import('../privacy/PrivacyArea')),
  },
  { key: 'admin', path: 'admin', roles: ['ADMIN'], component: lazy(() => import('../admin/AdminArea')) },
  { key: 'offers', path: 'offers', roles: ['PROVIDER'], component: lazy(() => import('../offers/OffersArea')) },
  {
    key: 'dashboard',
    path: 'dashboard',
    roles: ['CORE_GROUP'],
    component: lazy(() => import('../dashboard/DashboardArea')),
  },
  { key: 'funding', path: 'funding', roles: ['FINANCE'], component: lazy(() => import('../funding/FundingArea')) },
  {
    key: 'network',
    path: 'network',
    roles: ['NETWORK_COORDINATOR'],
    component: lazy(() => import('../network/NetworkArea')),
  },
];

/** The areas the navigation offers to a user with these roles. */
export const areasFor = (roles: readonly string[]): AreaRoute[] =>
  AREAS.filter((a) => a.roles.some((r) => roles.includes(r)));
