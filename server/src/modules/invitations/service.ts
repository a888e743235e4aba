import { links } from "@parklink/shared";
import mongoose from "mongoose";
import type { InvitationView } from "@parklink/shared";
import type { AppDeps } from "../../deps.js";
import { conflict, notFound } from "../../http/errors.js";
import { enqueueMail } from "../mail/enqueue.js";
import type { AppPath } from "../mail/kinds.js";
import { userModel, type User } from "../auth/model.js";
import { hashToken, randomToken } from "../auth/tokens.js";
import { announceMembershipJoin, forgetSession } from "../sessions/state.js";
import { notifyUsers } from "../notifications/service.js";
import type { Viewer } from "../orgs/access.js";
import { membershipModel, orgModel, type Org } from "../orgs/model.js";
import { assertOwnerOrStaff, loadVisibleOrg } from "../orgs/service.js";
import { INVITATION_TTL_DAYS, invitationModel, type Invitation } from "./model.js";

const oid = (id: string | mongoose.Types.ObjectId) => new mongoose.Types.ObjectId(String(id));

/**
 * An owner (or staff) invites an e-mail address. The answer is the same whatever the
 * address: no account is looked up for the caller, nothing about it comes back. The
 * address gets an e-mail; an account with that address also gets an in-app notification.
 * A repeat renews the pending invitation rather than adding another.
 */
export async function invite(deps: AppDeps, viewer: Viewer, orgId: string, body: { email: string; role: "owner" | "editor" }, now: Date): Promise<void> {
  const org = await loadVisibleOrg(deps, viewer, orgId);
  assertOwnerOrStaff(viewer, org);
  const email = body.email.trim().toLowerCase();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  const token = randomToken();
  const invitation = await invitationModel(deps.db)
    .findOneAndUpdate(
      { orgId: org._id, email, status: "pending" },
      { $set: { role: body.role, invitedBy: oid(viewer.auth!.userId), expiresAt, tokenHash: hashToken(token) } },
      { upsert: true, new: true },
    )
    .lean<Invitation>();
  const account = await userModel(deps.db).findOne({ email }, { _id: 1 }).lean<Pick<User, "_id">>();
  const name = org.name.en;
  if (account && !(await membershipModel(deps.db).exists({ orgId: org._id, userId: account._id }))) {
    await notifyUsers(deps, [account._id], {
      type: "org_invitation",
      title: { en: `You are invited to join ${name} on Parklink`, zh: `您受邀加入 ${org.name.local ?? name}` },
      link: links.invitations(),
      data: { invitationId: String(invitation!._id), orgId: String(org._id) },
      dedupeKey: `invitation:${String(invitation!._id)}:${expiresAt.getTime()}`,
    });
  }
  const [inviter, invitee] = await Promise.all([
    viewer.auth ? userModel(deps.db).findById(viewer.auth.userId, { name: 1 }).lean<Pick<User, "name">>() : null,
    account ? userModel(deps.db).findById(account._id, { locale: 1 }).lean<Pick<User, "locale">>() : null,
  ]);
  await enqueueMail(deps, {
    kind: "org_invitation",
    to: email,
    lang: invitee?.locale === "zh" ? "zh" : "en",
    ...(account ? { userId: String(account._id) } : {}),
    data: { orgName: { en: name, zh: org.name.local ?? name }, inviterName: inviter?.name ?? "CISIP", path: links.invitations(token) as AppPath },
  });
}

/** The caller's account, if its e-mail is confirmed: invitations go to addresses, so only a proven owner sees them. */
async function confirmedAccount(deps: AppDeps, userId: string) {
  const user = await userModel(deps.db).findById(userId, { email: 1, emailConfirmed: 1 }).lean<Pick<User, "_id" | "email" | "emailConfirmed">>();
  return user && user.emailConfirmed !== false ? user : null;
}

export async function myInvitations(deps: AppDeps, userId: string, now: Date): Promise<InvitationView[]> {
  const user = await confirmedAccount(deps, userId);
  if (!user) return [];
  const rows = await invitationModel(deps.db)
    .find({ email: user.email, status: "pending", expiresAt: { $gt: now } })
    .sort({ createdAt: -1 })
    .limit(100)
    .lean<Invitation[]>();
  const orgs = await orgModel(deps.db).find({ _id: { $in: rows.map((r) => r.orgId) } }, { name: 1 }).lean<Pick<Org, "_id" | "name">[]>();
  const names = new Map(orgs.map((o) => [String(o._id), o.name]));
  return rows.flatMap((r) => {
    const name = names.get(String(r.orgId));
    if (!name) return [];
    return [{
      id: String(r._id),
      org: { id: String(r.orgId), name: { en: name.en, ...(name.local ? { local: name.local } : {}) } },
      role: r.role,
      invitedAt: r.updatedAt.toISOString(),
      expiresAt: r.expiresAt.toISOString(),
    }];
  });
}

/** Claims a pending, unexpired invitation addressed to the caller's confirmed e-mail. */
async function claim(deps: AppDeps, userId: string, id: string, status: "accepted" | "declined", now: Date): Promise<Invitation> {
  const user = await confirmedAccount(deps, userId);
  const claimed = user
    ? await invitationModel(deps.db)
        .findOneAndUpdate({ _id: oid(id), email: user.email, status: "pending", expiresAt: { $gt: now } }, { $set: { status } }, { new: true })
        .lean<Invitation>()
    : null;
  if (!claimed) throw notFound("Invitation");
  return claimed;
}

export async function acceptInvitation(deps: AppDeps, userId: string, id: string, now: Date): Promise<{ orgId: string }> {
  return join(deps, userId, await claim(deps, userId, id, "accepted", now));
}

/**
 * Accepts with the token of the e-mailed link, for the signed-in account with the invited
 * address (a forwarded link is useless to anyone else). Following the link proves the
 * mailbox is theirs, so an unconfirmed account is confirmed by it.
 */
export async function acceptByLink(deps: AppDeps, userId: string, token: string, now: Date): Promise<{ orgId: string }> {
  const user = await userModel(deps.db).findById(userId, { email: 1 }).lean<Pick<User, "_id" | "email">>();
  const invitation = user
    ? await invitationModel(deps.db)
        .findOneAndUpdate({ tokenHash: hashToken(token), email: user.email, status: "pending", expiresAt: { $gt: now } }, { $set: { status: "accepted" } }, { new: true })
        .lean<Invitation>()
    : null;
  if (!invitation) throw notFound("Invitation");
  await userModel(deps.db).updateOne({ _id: user!._id, emailConfirmed: false }, { $set: { emailConfirmed: true } });
  forgetSession(deps.db, userId);
  return join(deps, userId, invitation);
}

async function join(deps: AppDeps, userId: string, invitation: Invitation): Promise<{ orgId: string }> {
  if (!(await orgModel(deps.db).exists({ _id: invitation.orgId }))) throw notFound("Organization");
  try {
    await membershipModel(deps.db).create({ orgId: invitation.orgId, userId: oid(userId), role: invitation.role });
  } catch (err) {
    if ((err as { code?: number }).code !== 11000) throw err;
    throw conflict("You are already a member of this organization");
  }
  await announceMembershipJoin(deps, [userId]);
  return { orgId: String(invitation.orgId) };
}

export async function declineInvitation(deps: AppDeps, userId: string, id: string, now: Date): Promise<void> {
  await claim(deps, userId, id, "declined", now);
}
