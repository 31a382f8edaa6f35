import { UserError } from '../exit-codes.ts';

/** A ramp, theme or brand name that exists already, or would once normalized (exit 2, nothing written). */
export class NameCollision extends UserError {}
