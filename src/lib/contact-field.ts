/**
 * The person's details (name, role, organization) fit what a meeting stores. Apart from fields.ts,
 * which re-exports it, so the message writer checks them without loading the minutes parsing.
 */
import { LIMITS } from './meeting';

/** A contact field (name, role, organization) fits (LIMITS.contactField characters; it may be empty). */
export const contactFieldFits = (value: string): boolean => value.length <= LIMITS.contactField;
