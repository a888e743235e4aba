import { forbidden, notFound } from "../http/errors.js";
import type { Actor } from "./actor.js";

/**
 * What one kind of record allows: `can` answers "may this actor do this to this record",
 * `visible` whether the actor may know the record exists at all. Both are pure.
 */
export interface Policy<Action extends string, R> {
  /** The record's name in a 404, e.g. "Cooperation request". */
  entity: string;
  visible(actor: Actor, record: R): boolean;
  can(actor: Actor, action: Action, record: R): boolean;
  /** The message of a 403, for an action refused on a record the actor can see. */
  refusal(action: Action, actor: Actor, record: R): string;
}

/**
 * Throws unless the actor may do the action. A missing record, or one the actor may not
 * see, answers 404 the same way, so a refusal never reveals what exists; a visible record
 * answers 403 with the policy's reason.
 */
export function authorize<Action extends string, R>(
  policy: Policy<Action, R>,
  actor: Actor,
  action: Action,
  record: R | null | undefined,
): asserts record is R {
  if (record === null || record === undefined || !policy.visible(actor, record)) throw notFound(policy.entity);
  if (!policy.can(actor, action, record)) throw forbidden(policy.refusal(action, actor, record));
}
