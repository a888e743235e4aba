import type { ReactNode } from "react";
import { Link } from "../../app/router";

/** One request in a list of rows: its title as a link, a muted line of facts, anything more, and a side (state or score). */
export function RequestRow({ id, title, meta, side, children }: { id: string; title: string; meta: ReactNode; side: ReactNode; children?: ReactNode }) {
  return (
    <li className="row">
      <div className="row-main">
        <Link to={`/requests/${id}`}>{title}</Link>
        <p className="muted">{meta}</p>
        {children}
      </div>
      <div className="row-side">{side}</div>
    </li>
  );
}
