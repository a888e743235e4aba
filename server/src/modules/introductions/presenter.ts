import type { IntroductionView } from "@parklink/shared";
import type { Bilingual } from "@parklink/shared";
import type { Introduction, Side } from "./model.js";

const iso = (d?: Date) => (d ? d.toISOString() : undefined);
/** A decline's note is written "for CISIP staff": the reason code is shared, the note is not. */
const isPrivate = (h: Introduction["history"][number]) => h.status === "declined";

function side(s: Side, names: Map<string, Bilingual>) {
  const name = names.get(String(s.orgId));
  return {
    orgId: String(s.orgId),
    ...(name ? { orgName: name } : {}),
    ...(s.acceptedAt ? { acceptedAt: iso(s.acceptedAt) } : {}),
    ...(s.declinedAt ? { declinedAt: iso(s.declinedAt), declineReason: s.declineReason } : {}),
  };
}

export function presentIntroduction(
  intro: Introduction,
  names: Map<string, Bilingual>,
  show: { staffNotes: boolean; privateNotes: boolean; mySide?: "from" | "to" },
): IntroductionView {
  return {
    id: String(intro._id),
    status: intro.status,
    origin: intro.origin,
    from: side(intro.from, names),
    to: side(intro.to, names),
    ...(intro.requestId ? { requestId: String(intro.requestId) } : {}),
    ...(intro.target ? { target: { entity: intro.target.entity, id: String(intro.target.id) } } : {}),
    ...(intro.message ? { message: intro.message } : {}),
    history: intro.history.map((h) => ({ status: h.status, at: h.at.toISOString(), ...(h.note && (show.privateNotes || !isPrivate(h)) ? { note: h.note } : {}) })),
    ...(intro.introducedAt ? { introducedAt: iso(intro.introducedAt) } : {}),
    ...(intro.expiresAt ? { expiresAt: iso(intro.expiresAt) } : {}),
    ...(intro.outcome ? { outcome: { kind: intro.outcome.kind, note: intro.outcome.note, recordedAt: intro.outcome.recordedAt.toISOString() } } : {}),
    ...(show.staffNotes ? { staffNotes: intro.staffNotes.map((n) => ({ by: String(n.by), at: n.at.toISOString(), text: n.text })) } : {}),
    ...(show.mySide ? { mySide: show.mySide } : {}),
    createdAt: intro.createdAt.toISOString(),
    updatedAt: intro.updatedAt.toISOString(),
  } as IntroductionView;
}
