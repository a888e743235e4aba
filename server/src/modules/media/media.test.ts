import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import request from "supertest";
import sharp from "sharp";
import { createTestContext, type TestContext } from "../../../../test/helpers/context.js";
import { makeOrg, makeUser, type TestUser } from "../../../../test/helpers/users.js";
import { buildEnterprise, buildOffer, buildPark } from "../../../../test/factories.js";
import { sendMessage } from "../chat/service.js";
import { mediaModel } from "./model.js";
import { drainFileDeletions, queueOrgFilesDeletion } from "./deletions.js";
import { inTransaction } from "../../infra/model.js";
import { gridFsStore } from "../../infra/storage/gridfs.js";
import mongoose from "mongoose";

const png = (width = 400, height = 300) => sharp({ create: { width, height, channels: 3, background: { r: 11, g: 92, b: 173 } } }).png().toBuffer();
const jpegWithExif = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: "ParklinkCam", Model: "Secret Model 9", Copyright: "GPS 43.6163N 7.0552E" } })
    .toBuffer();
const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>');
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

describe("media: images, brochures and chat files", () => {
  let ctx: TestContext;
  let staff: TestUser;
  let alice: TestUser;
  let bob: TestUser;
  let stranger: TestUser;
  let aliceOrg: string;
  let bobOrg: string;
  let introductionId: string;
  const files = () => ctx.deps.db.collection("media.files").countDocuments();
  const upload = (path: string, who: TestUser, data: Buffer, filename: string) =>
    request(ctx.app).post(path).set("Authorization", who.bearer).attach("file", data, { filename, contentType: filename.endsWith(".pdf") ? "application/pdf" : "image/png" });

  beforeAll(async () => {
    ctx = await createTestContext();
    [staff, alice, bob, stranger] = await Promise.all([makeUser(ctx, "staff"), makeUser(ctx), makeUser(ctx), makeUser(ctx)]);
    aliceOrg = await makeOrg(ctx, alice, buildPark({ name: { en: "Chengdu Hi-tech Zone" }, country: "CN", city: "Chengdu" }), staff);
    bobOrg = await makeOrg(ctx, bob, buildEnterprise({ name: { en: "Riviera Biotech" }, country: "FR", city: "Nice" }), staff);
    await makeOrg(ctx, stranger, buildPark({ name: { en: "Stranger Park" } }), staff);
    const intro = await request(ctx.app).post("/api/introductions").set("Authorization", alice.bearer).send({ fromOrgId: aliceOrg, target: { entity: "org", id: bobOrg }, message: "Shall we share files?" }).expect(201);
    introductionId = intro.body.id;
    await request(ctx.app).post(`/api/introductions/${introductionId}/respond`).set("Authorization", bob.bearer).send({ decision: "accept" }).expect(200);
  });
  afterAll(() => ctx.cleanup());

  it("when a PNG logo is uploaded, then it is served resized as WebP with long cache headers and nosniff", async () => {
    const res = await upload(`/api/orgs/${aliceOrg}/logo`, alice, await png(), "logo.png").expect(201);
    expect(res.body).toMatchObject({ purpose: "logo", name: "logo.png", contentType: "image/webp", width: 400, height: 300 });
    const small = await request(ctx.app).get(res.body.urls.small).expect(200);
    expect(small.headers["content-type"]).toBe("image/webp");
    expect(small.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(small.headers["x-content-type-options"]).toBe("nosniff");
    const meta = await sharp(small.body as Buffer).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 64, 64]);
    const current = await request(ctx.app).get(`/api/orgs/${aliceOrg}/logo/large`).expect(200);
    expect(current.headers["cache-control"]).toBe("public, max-age=300");
    expect(current.headers["x-content-type-options"]).toBe("nosniff");
    await request(ctx.app).get(`/api/orgs/${aliceOrg}/logo/large`).set("If-None-Match", current.headers.etag).expect(304);
    // A new logo replaces the old one, files and all.
    const next = await upload(`/api/orgs/${aliceOrg}/logo`, alice, await png(200, 200), "logo2.png").expect(201);
    await request(ctx.app).get(res.body.urls.small).expect(404);
    const media = await request(ctx.app).get(`/api/orgs/${aliceOrg}/media`).expect(200);
    expect(media.body.logo.id).toBe(next.body.id);
  });

  it("when a JPEG photo carries EXIF, then what is stored has none", async () => {
    const original = await jpegWithExif();
    expect((await sharp(original).metadata()).exif?.toString("latin1")).toContain("ParklinkCam");
    const res = await upload(`/api/orgs/${aliceOrg}/photos`, alice, original, "site.jpg").expect(201);
    for (const variant of ["small", "large"]) {
      const served = await request(ctx.app).get(res.body.urls[variant]).expect(200);
      const bytes = served.body as Buffer;
      expect((await sharp(bytes).metadata()).exif).toBeUndefined();
      expect(bytes.toString("latin1")).not.toContain("ParklinkCam");
      expect(bytes.toString("latin1")).not.toContain("43.6163N");
    }
  });

  it("when an SVG with a script, a file renamed to .png or an unreadable image is uploaded, then 415 names the field and nothing is stored", async () => {
    const before = [await files(), await mediaModel(ctx.deps.db).countDocuments()];
    const svg = await upload(`/api/orgs/${aliceOrg}/logo`, alice, SVG, "logo.png").expect(415);
    expect(svg.body.error).toMatchObject({ code: "unsupported_file_type", message: "file: SVG and other markup files are not accepted" });
    expect(svg.body.error.details.field).toBe("file");
    const renamed = await upload(`/api/orgs/${aliceOrg}/logo`, alice, PDF, "logo.png").expect(415);
    expect(renamed.body.error.message).toBe("file: application/pdf is not accepted here");
    const text = await upload(`/api/users/me/avatar`, alice, Buffer.from("just some text, not an image"), "me.png").expect(415);
    expect(text.body.error.details.field).toBe("file");
    const broken = Buffer.concat([(await png()).subarray(0, 60), crypto.randomBytes(200)]);
    const truncated = await upload(`/api/orgs/${aliceOrg}/photos`, alice, broken, "broken.png").expect(415);
    expect(truncated.body.error.message).toBe("file: the image cannot be read");
    expect([await files(), await mediaModel(ctx.deps.db).countDocuments()]).toEqual(before);
  });

  it("when a file is over the limit, missing, or not multipart, then a 4xx names the field and nothing is stored", async () => {
    const before = await files();
    const big = Buffer.concat([await png(), crypto.randomBytes(6 * 1024 * 1024)]);
    const tooBig = await upload(`/api/orgs/${aliceOrg}/logo`, alice, big, "huge.png").expect(413);
    expect(tooBig.body.error).toMatchObject({ code: "file_too_large", message: "file: must be at most 5 MB" });
    const missing = await request(ctx.app).post(`/api/orgs/${aliceOrg}/logo`).set("Authorization", alice.bearer).field("note", "x").expect(400);
    expect(missing.body.error.details.issues[0]).toEqual({ field: "file", code: "required", message: "is required" });
    const json = await request(ctx.app).post(`/api/orgs/${aliceOrg}/logo`).set("Authorization", alice.bearer).send({ file: "x" }).expect(415);
    expect(json.body.error.details.field).toBe("file");
    const wrongField = await request(ctx.app).post(`/api/orgs/${aliceOrg}/logo`).set("Authorization", alice.bearer).attach("logo", await png(), "a.png").expect(400);
    expect(wrongField.body.error.details.issues[0].field).toBe("logo");
    await upload(`/api/orgs/${aliceOrg}/logo`, bob, await png(), "not-mine.png").expect(403);
    expect(await files()).toBe(before);
  });

  it("when an organization has 8 photos, then a ninth is refused", async () => {
    const count = await mediaModel(ctx.deps.db).countDocuments({ orgId: bobOrg, purpose: "photo" });
    for (let i = count; i < 8; i++) await upload(`/api/orgs/${bobOrg}/photos`, bob, await png(120, 90), `p${i}.png`).expect(201);
    const ninth = await upload(`/api/orgs/${bobOrg}/photos`, bob, await png(120, 90), "p9.png").expect(409);
    expect(ninth.body.error.details.field).toBe("file");
  });

  it("when a PDF brochure is attached to an offer, then it is listed and downloads as an attachment; an image is refused", async () => {
    const offer = await request(ctx.app).post("/api/offers").set("Authorization", alice.bearer).send(buildOffer(aliceOrg)).expect(201);
    const res = await upload(`/api/offers/${offer.body.id}/brochures`, alice, PDF, "brochure.pdf").expect(201);
    expect(res.body).toMatchObject({ contentType: "application/pdf", size: PDF.length });
    const list = await request(ctx.app).get(`/api/offers/${offer.body.id}/brochures`).set("Authorization", alice.bearer).expect(200);
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([res.body.id]);
    const file = await request(ctx.app).get(list.body.items[0].urls.original).expect(200);
    expect(file.headers["content-disposition"]).toContain('attachment; filename="brochure.pdf"');
    expect(file.headers["content-type"]).toBe("application/pdf");
    expect(list.body.items[0].urls.original).toMatch(new RegExp(`^/api/files/${res.body.id}\\?expires=\\d+&sig=`));
    // No lasting public address: a draft's brochure cannot be fetched by guessing its id.
    await request(ctx.app).get(`/api/media/${res.body.id}/original`).expect(404);
    await upload(`/api/offers/${offer.body.id}/brochures`, alice, await png(), "brochure.pdf").expect(415);
    await upload(`/api/offers/${offer.body.id}/brochures`, bob, PDF, "theirs.pdf").expect(403);
  });

  it("when a file is sent in chat, then both sides and staff can download it through a link that expires, and a stranger cannot", async () => {
    const sent = await upload(`/api/introductions/${introductionId}/files`, alice, PDF, "term-sheet.pdf").expect(201);
    expect(sent.body.urls).toEqual({});
    const { message } = await sendMessage(ctx.deps, { userId: alice.id, name: "Alice" }, { introductionId, clientId: crypto.randomUUID(), text: "term-sheet.pdf", attachmentId: sent.body.id });
    expect(message.attachment).toEqual({ id: sent.body.id, name: "term-sheet.pdf", size: PDF.length, contentType: "application/pdf" });
    await expect(sendMessage(ctx.deps, { userId: bob.id, name: "Bob" }, { introductionId, clientId: crypto.randomUUID(), text: "mine?", attachmentId: sent.body.id })).rejects.toThrow(/attachmentId/);

    for (const who of [alice, bob, staff]) {
      const link = await request(ctx.app).get(`/api/introductions/${introductionId}/files/${sent.body.id}/link`).set("Authorization", who.bearer).expect(200);
      const file = await request(ctx.app).get(link.body.url).expect(200);
      expect(Buffer.compare(file.body as Buffer, PDF)).toBe(0);
      expect(file.headers["cache-control"]).toBe("private, no-store");
    }
    await request(ctx.app).get(`/api/introductions/${introductionId}/files/${sent.body.id}/link`).set("Authorization", stranger.bearer).expect(404);
    await upload(`/api/introductions/${introductionId}/files`, stranger, PDF, "spam.pdf").expect(403);
    await request(ctx.app).get(`/api/media/${sent.body.id}/original`).expect(404);
    const forged = await request(ctx.app).get(`/api/files/${sent.body.id}?expires=${Math.floor(Date.now() / 1000) + 60}&sig=${"A".repeat(43)}`).expect(403);
    expect(forged.body.error.code).toBe("forbidden");
    const link = (await request(ctx.app).get(`/api/introductions/${introductionId}/files/${sent.body.id}/link`).set("Authorization", bob.bearer)).body.url as string;
    const { signedFileLink } = await import("./signed-link.js");
    const old = signedFileLink(ctx.deps.jwtSecret, sent.body.id, Date.now() - 10 * 60_000);
    await request(ctx.app).get(old.url).expect(410);
    const badQuery = await request(ctx.app).get(link.replace(/expires=\d+/, "expires=soon")).expect(400);
    expect(badQuery.body.error.details.issues[0].field).toBe("expires");
  });

  it("when an organization is deleted, then its files go with it and other organizations' stay", async () => {
    const owner = await makeUser(ctx);
    const doomed = await makeOrg(ctx, owner, buildPark({ name: { en: "Short-lived Park" } }), staff);
    const logo = await upload(`/api/orgs/${doomed}/logo`, owner, await png(), "logo.png").expect(201);
    await upload(`/api/orgs/${doomed}/photos`, owner, await jpegWithExif(), "photo.jpg").expect(201);
    const othersBefore = await ctx.deps.db.collection("media.files").countDocuments({ filename: { $not: new RegExp(`^orgs/${doomed}/`) } });
    expect(await ctx.deps.db.collection("media.files").countDocuments({ filename: new RegExp(`^orgs/${doomed}/`) })).toBe(4);
    await request(ctx.app).delete(`/api/orgs/${doomed}`).set("Authorization", owner.bearer).expect(204);
    expect(await ctx.deps.db.collection("media.files").countDocuments({ filename: new RegExp(`^orgs/${doomed}/`) })).toBe(0);
    expect(await ctx.deps.db.collection("media.chunks").countDocuments({ files_id: { $exists: false } })).toBe(0);
    expect(await mediaModel(ctx.deps.db).countDocuments({ orgId: doomed })).toBe(0);
    await request(ctx.app).get(logo.body.urls.small).expect(404);
    expect(await ctx.deps.db.collection("media.files").countDocuments({ filename: { $not: new RegExp(`^orgs/${doomed}/`) } })).toBe(othersBefore);
  });

  it("when a profile lacks a logo or its second-language description, then completeness names them, for members only", async () => {
    const owner = await makeUser(ctx);
    const org = await makeOrg(ctx, owner, buildPark({ name: { en: "Half-done Park" }, description: { en: "A park by the lake." } }), staff);
    const before = await request(ctx.app).get(`/api/orgs/${org}/completeness`).set("Authorization", owner.bearer).expect(200);
    expect(before.body.missing).toEqual(expect.arrayContaining(["logo", "descriptionSecondLanguage"]));
    expect(before.body.missing).not.toContain("description");
    await upload(`/api/orgs/${org}/logo`, owner, await png(), "logo.png").expect(201);
    await request(ctx.app).patch(`/api/orgs/${org}`).set("Authorization", owner.bearer).send({ description: { en: "A park by the lake.", local: "湖畔科技园" } }).expect(200);
    const after = await request(ctx.app).get(`/api/orgs/${org}/completeness`).set("Authorization", owner.bearer).expect(200);
    expect(after.body.done).toEqual(expect.arrayContaining(["logo", "description", "descriptionSecondLanguage"]));
    expect(after.body.percent).toBeGreaterThan(before.body.percent);
    await request(ctx.app).get(`/api/orgs/${org}/completeness`).set("Authorization", stranger.bearer).expect(403);
  });

  it("when storage is down as an organization's files are deleted, then a later pass deletes them", async () => {
    const owner = await makeUser(ctx);
    const org = await makeOrg(ctx, owner, buildPark({ name: { en: "Park during an outage" } }), staff);
    await upload(`/api/orgs/${org}/logo`, owner, await png(), "logo.png").expect(201);
    const stored = () => ctx.deps.db.collection("media.files").countDocuments({ filename: new RegExp(`^orgs/${org}/`) });
    expect(await stored()).toBe(2);
    await inTransaction(ctx.deps.db, (session) => queueOrgFilesDeletion(ctx.deps, new mongoose.Types.ObjectId(org), session));
    expect(await mediaModel(ctx.deps.db).countDocuments({ orgId: org })).toBe(0);
    const down = { ...gridFsStore(ctx.deps.db), deletePrefix: () => Promise.reject(new Error("storage unreachable")) };
    expect(await drainFileDeletions(ctx.deps, down)).toBe(0);
    expect(await stored()).toBe(2);
    expect(await drainFileDeletions(ctx.deps)).toBe(0); // not due yet: it waits its backoff
    expect(await drainFileDeletions(ctx.deps, undefined, new Date(Date.now() + 60_000))).toBe(1);
    expect(await stored()).toBe(0);
  });
});
