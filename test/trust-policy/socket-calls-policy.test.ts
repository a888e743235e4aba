import crypto from "node:crypto";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../helpers/context.js";
import { actorOf } from "../../server/src/policies/actor.js";
import { chatPolicy, type ChatAction } from "../../server/src/policies/chat.js";
import { outcome } from "../../server/src/policies/testing.js";
import { introductionModel } from "../../server/src/modules/introductions/model.js";
import { membershipModel } from "../../server/src/modules/orgs/model.js";
import {
  closeClients,
  connectClient,
  createIntroduction,
  createOrg,
  createUser,
  startChatNode,
  type ChatClient,
  type ChatNode,
  type TestUser,
} from "../../server/src/modules/chat/testing.js";

type Ack = { ok: true } | { ok: false; error: { code: string } };

/** Each socket event asks the chat policy: its acknowledgement is the policy's decision for that user and room. */
describe("the chat's socket handlers ask the chat policy", () => {
  let ctx: TestContext;
  let node: ChatNode;
  const users: Record<string, TestUser> = {};
  const rooms: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    node = await startChatNode(ctx.app, ctx.deps);
    users.invitedStaff = await createUser(ctx.deps, "staff", "Chen Jing");
    users.otherStaff = await createUser(ctx.deps, "staff", "Liu Yang");
    users.stranger = await createUser(ctx.deps, "member", "Zhang Wei");
    await createOrg(ctx.deps, "Suzhou Industrial Park", [users.stranger]);
    const introduced = await createIntroduction(ctx.deps, { invitedStaff: [users.invitedStaff] });
    const early = await createIntroduction(ctx.deps, { introduced: false, invitedStaff: [users.invitedStaff] });
    // One person on a side of both introductions.
    users.side = introduced.a;
    await membershipModel(ctx.deps.db).create({ orgId: early.orgIds[0], userId: new mongoose.Types.ObjectId(users.side.id), role: "editor" });
    rooms.introduced = introduced.introductionId;
    rooms.early = early.introductionId;
  });
  afterAll(async () => {
    closeClients();
    await node.close();
    await ctx.cleanup();
  });

  const emit = (socket: ChatClient, action: ChatAction, introductionId: string): Promise<Ack> => {
    switch (action) {
      case "typing":
        return socket.emitWithAck("chat:typing", { introductionId, typing: true }) as Promise<Ack>;
      case "read":
        return socket.emitWithAck("chat:history", { introductionId }) as Promise<Ack>;
      case "send":
        return socket.emitWithAck("chat:send", { introductionId, clientId: crypto.randomUUID(), text: "hello" }) as Promise<Ack>;
      case "join":
        return socket.emitWithAck("chat:join", { introductionId }) as Promise<Ack>;
    }
  };

  it("when each kind of user tries each action in an open and a not-yet-open room, then the answer is the policy's", async () => {
    const seen = new Set<string>();
    for (const [roomName, room] of Object.entries(rooms)) {
      const record = (await introductionModel(ctx.deps.db).findById(room).lean())!;
      for (const [who, user] of Object.entries(users)) {
        const actor = await actorOf(ctx.deps, { userId: user.id, role: who.endsWith("Staff") ? "staff" : "member" });
        const socket = await connectClient(node.url, user.token);
        // Join last: a joined room is remembered by the socket.
        for (const action of ["typing", "read", "send", "join"] as const) {
          const decided = outcome(chatPolicy, actor, action, record);
          const ack = await emit(socket, action, room);
          const got = ack.ok ? "Y" : ack.error.code === "forbidden" ? "F" : ack.error.code;
          seen.add(got);
          expect({ roomName, who, action, got }).toEqual({ roomName, who, action, got: decided });
        }
        socket.disconnect();
      }
    }
    expect([...seen].sort()).toEqual(["F", "Y"]);
  });
});
