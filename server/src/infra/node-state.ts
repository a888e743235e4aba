import type { AppDeps } from "../deps.js";

/** What this app node is doing: serving, or draining before it exits. */
export interface NodeState {
  draining: boolean;
}

const states = new WeakMap<AppDeps, NodeState>();

/** The state of the node serving these dependencies (one per serve()). */
export function nodeState(deps: AppDeps): NodeState {
  let state = states.get(deps);
  if (!state) {
    state = { draining: false };
    states.set(deps, state);
  }
  return state;
}
