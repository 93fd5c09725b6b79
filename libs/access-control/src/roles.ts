/**
 * Roles a principal can hold. viewer reads; operator runs the platform (uploads, registrations,
 * training requests, rollbacks); approver decides promotions and gate overrides; admin may do
 * everything.
 */
export const ROLES = ['viewer', 'operator', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that include another: whoever may act may also look. */
const INCLUDED: Readonly<Record<Role, readonly Role[]>> = {
  viewer: ['viewer'],
  operator: ['operator', 'viewer'],
  approver: ['approver', 'viewer'],
  admin: ['admin', 'approver', 'operator', 'viewer'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** True when any of `held` includes `required`. */
export function grants(held: readonly Role[], required: Role): boolean {
  return held.some((role) => INCLUDED[role].includes(required));
}
