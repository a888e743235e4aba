import type { OrgView } from "../api/types";

export type Contact = NonNullable<OrgView["contacts"]>[number];

/** An organization's contacts: name and title, then e-mail and phone as links. */
export function ContactList({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <ul className="contact-list">
      {contacts.map((c) => (
        <li key={c.email}>
          <strong>{c.name}</strong>
          {c.title && <span className="muted"> · {c.title}</span>}
          <br />
          <a href={`mailto:${c.email}`}>{c.email}</a>
          {c.phone && (
            <>
              {" · "}
              <a href={`tel:${c.phone.replace(/[^+\d]/g, "")}`}>{c.phone}</a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
