/**
 * Records the forms test needs, made through the HTTP API of the browser server as the
 * demo accounts would: a pending application for the vetting queue, an introduction
 * waiting for the park manager's answer, one already introduced (outcome form), and a
 * published event with two registered participants (registration and meeting forms).
 */
import { buildEvent } from "../../../server/src/modules/events/testing.js";
import { buildInvestor, buildOffer } from "../../factories.js";
import type { BrowserServer } from "../../helpers/browser.js";

export const DEMO = {
  manager: { email: "park.manager@demo.parklink.example", password: "ParkDemo2024chengdu" },
  company: { email: "company.user@demo.parklink.example", password: "CompanyDemo2024sensing" },
  investor: { email: "investor@demo.parklink.example", password: "InvestorDemo2024horizon" },
  broker: { email: "broker@demo.parklink.example", password: "BrokerDemo2024cisip" },
} as const;

export interface FormFixtures {
  chengduOrgId: string;
  chengduRequestId: string;
  chengduOfferId: string;
  otherRequestId: string;
  waitingIntroId: string;
  introducedIntroId: string;
  eventId: string;
}

export type Caller = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

export async function callerFor(server: BrowserServer, who: { email: string; password: string }): Promise<Caller> {
  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${server.url}/api${path}`, {
      method,
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${method} ${path} as ${who.email}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const { accessToken } = (await call("POST", "/auth/login", who)) as { accessToken: string };
  return (method, path, body) => call(method, path, body, accessToken);
}

export async function makeFormFixtures(server: BrowserServer): Promise<FormFixtures> {
  const orgs = server.deps.db.collection("orgs");
  const idOf = async (seedKey: string) => String((await orgs.findOne({ seedKey }, { projection: { _id: 1 } }))?._id);
  const chengduOid = (await orgs.findOne({ seedKey: "chengdu-hi-tech-zone" }, { projection: { _id: 1 } }))?._id;
  const [chengdu, rongcheng, haidian] = await Promise.all([idOf("chengdu-hi-tech-zone"), idOf("rongcheng-microsensing"), idOf("haidian-horizon-ventures")]);
  const [manager, company, investor, broker] = await Promise.all([DEMO.manager, DEMO.company, DEMO.investor, DEMO.broker].map((who) => callerFor(server, who)));

  const request = await server.deps.db.collection("requests").findOne({ orgId: { $ne: chengduOid }, state: "open" }, { projection: { _id: 1 } });
  const created = await manager("POST", "/requests", {
    orgId: chengdu,
    type: "technology-transfer",
    title: { en: "Sensor makers for our incubator", local: "为孵化器寻找传感器企业" },
    description: { en: "Companies making MEMS sensors to join our incubator and pilot lines.", local: "寻找 MEMS 传感器企业入驻孵化器和中试线。" },
    industries: ["electronics"],
    targetRegions: ["east-asia"],
    targetCountries: [],
    partnerKinds: ["enterprise"],
    state: "open",
    expiresAt: new Date(Date.now() + 60 * 24 * 3600_000).toISOString(),
  });
  const offer = await manager("POST", "/offers", buildOffer(chengdu, { title: { en: "Pilot line time for sensor start-ups", local: "为传感器初创企业提供中试线" } }));

  // A new investor applies: its application waits in the vetting queue.
  await investor("POST", "/orgs", buildInvestor({ name: { en: "Riverside Seed Fund", local: "河畔种子基金" } }));
  // Rongcheng asks Chengdu for an introduction (waiting), Haidian's is accepted (introduced).
  const waiting = await company("POST", "/introductions", { fromOrgId: rongcheng, target: { entity: "org", id: chengdu }, message: "We would like to join your incubator." });
  const introduced = await investor("POST", "/introductions", { fromOrgId: haidian, target: { entity: "org", id: chengdu }, message: "We invest in your park's companies." });
  await manager("POST", `/introductions/${String(introduced.id)}/respond`, { decision: "accept" });

  const event = await broker("POST", "/admin/events", buildEvent({ title: { en: "Forms linkage session", local: "表单对接会" } }));
  const eventId = String(event.id);
  await broker("POST", `/admin/events/${eventId}/status`, { status: "published" });
  for (const [call, orgId] of [
    [company, rongcheng],
    [investor, haidian],
  ] as const) {
    await call("POST", `/events/${eventId}/registrations`, { orgId, people: [{ name: "Wang Fang" }], looksFor: "Technology partners", offers: "Incubation" });
  }
  return {
    chengduOrgId: chengdu,
    chengduRequestId: String(created.id),
    chengduOfferId: String(offer.id),
    otherRequestId: String(request?._id),
    waitingIntroId: String(waiting.id),
    introducedIntroId: String(introduced.id),
    eventId,
  };
}
