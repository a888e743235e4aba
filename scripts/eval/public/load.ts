// Loads the independent evaluation set through the HTTP API, as its README says:
// organizations (each under its own member account, approved by staff, parks first),
// existing partnerships as introductions that reached an agreement, offers, background
// requests (the expired ones expired before matching), then the cases.
import { ApiError, type Api } from "./api.js";
import type { EvalCase, EvalOrg, EvalSet } from "./types.js";
import * as v from "./vocab.js";

const DAY = 24 * 3600 * 1000;

export interface Loaded {
  /** Eval key → Parklink id: org keys → org ids, offer keys → offer ids. */
  ids: Map<string, string>;
  /** Parklink org or offer id → eval key. */
  keys: Map<string, string>;
  /** Case key → request id. */
  cases: Map<string, string>;
  /** Cases the API would not take as written, with why. */
  skipped: { key: string; why: string }[];
  /** Background requests that must be expired before matching. */
  toExpire: string[];
  /** Texts whose missing language had to be filled with the other one (an API that requires English). */
  copied: number;
}

export interface Accounts {
  staff: string;
  /** A member account (bearer) for each org key. */
  memberOf(key: string): Promise<string>;
}

type Text = { en?: string; local?: string; originalLang?: "en" | "zh" };

/**
 * Text in the languages the set has. Written as is ("either"); if the API insists on
 * English, the Chinese is copied into the English slot unchanged (never translated).
 */
class Texts {
  copy = false;
  copied = 0;
  make(en: string | undefined, zh: string | undefined): Text {
    if (this.copy && !en && zh) {
      this.copied++;
      return { en: zh, local: zh };
    }
    return { ...(en ? { en } : {}), ...(zh ? { local: zh } : {}), originalLang: en ? "en" : "zh" };
  }
  strip(t: Text): Text {
    // An API without originalLang: plain { en, local }.
    return { ...(t.en !== undefined ? { en: t.en } : {}), ...(t.local !== undefined ? { local: t.local } : {}) };
  }
}

const isEnglishRequired = (err: unknown) => err instanceof ApiError && err.status === 400 && /\.en\b|originalLang/.test(JSON.stringify(err.body));

function orgBody(o: EvalOrg, ids: Map<string, string>, strip: boolean) {
  const name = { en: o.name_en ?? o.name_zh ?? o.key, ...(o.name_zh ? { local: o.name_zh } : {}) };
  const [en, zh] = [o.description_en, o.description_zh];
  // A description was never required in English: an older API takes an empty English slot.
  const description = strip
    ? { en: en ?? "", ...(zh ? { local: zh } : {}) }
    : { ...(en ? { en } : {}), ...(zh ? { local: zh } : {}), ...(en || zh ? { originalLang: en ? "en" : "zh" } : {}) };
  const common = {
    kind: o.kind,
    name,
    description,
    country: o.country,
    city: o.city,
    industries: v.industries(o.industries),
    cooperationInterests: (o.interests ?? []).map(v.cooperationType),
    interestRegions: v.regions(o.interest_regions ?? o.target_regions),
  };
  switch (o.kind) {
    case "park":
      return { ...common, park: { founded: o.founded ?? 2010, management: v.management(o.management ?? "managing company"), stage: o.stage ?? "operation", services: (o.services ?? []).map(v.parkService) } };
    case "enterprise": {
      const homeParkId = o.home_park ? ids.get(o.home_park) : undefined;
      return { ...common, enterprise: { size: o.size ?? "small", seeks: (o.seeks ?? []).map(v.plainSlug), ...(homeParkId ? { homeParkId } : {}) } };
    }
    case "investor":
      return {
        ...common,
        investor: { investorType: v.investorType(o.investor_type ?? "venture capital"), stages: o.stages ?? ["growth", "late"], ticketMinUsd: o.ticket_usd?.[0] ?? 0, ticketMaxUsd: o.ticket_usd?.[1] ?? 0 },
      };
    case "institution":
      return { ...common, institution: { institutionType: v.institutionType(o.institution_type ?? "research institute") } };
  }
}

/** Writes with originalLang first; if the API refuses, as an older API without it would, in the copy form. */
async function writeText<T>(texts: Texts, write: (strip: boolean) => Promise<T>): Promise<T> {
  try {
    return await write(false);
  } catch (err) {
    if (!isEnglishRequired(err) || texts.copy) throw err;
    texts.copy = true;
    return write(true);
  }
}

function requestBody(c: EvalCase, orgId: string, texts: Texts, expiresAt: Date) {
  const en = c.lang === "en";
  const description = c.description ?? c.title;
  return (strip: boolean) => {
    const t = (s: string) => (strip ? texts.strip(texts.make(en ? s : undefined, en ? undefined : s)) : texts.make(en ? s : undefined, en ? undefined : s));
    return {
      orgId,
      type: v.cooperationType(c.type),
      title: t(c.title),
      description: t(description),
      industries: v.industries(c.industries),
      targetRegions: v.regions(c.regions),
      targetCountries: c.countries ?? [],
      partnerKinds: c.partner_kinds,
      ...(c.trl_min !== undefined ? { trlMin: c.trl_min } : {}),
      ...(c.ticket_usd ? { ticketMinUsd: c.ticket_usd[0], ticketMaxUsd: c.ticket_usd[1] } : {}),
      expiresAt: expiresAt.toISOString(),
      state: "open",
    };
  };
}

export async function loadEvalSet(api: Api, set: EvalSet, accounts: Accounts): Promise<Loaded> {
  const texts = new Texts();
  const loaded: Loaded = { ids: new Map(), keys: new Map(), cases: new Map(), skipped: [], toExpire: [], copied: 0 };
  const order = { park: 0, institution: 1, investor: 2, enterprise: 3 } as const;
  const orgs = [...set.orgs].sort((a, b) => order[a.kind] - order[b.kind]);
  for (const o of orgs) {
    const bearer = await accounts.memberOf(o.key);
    const created = await writeText(texts, (strip) => api.call<{ id: string }>("POST", "/orgs", bearer, orgBody(o, loaded.ids, strip || texts.copy)));
    await api.call("POST", `/admin/vetting/${created.id}`, accounts.staff, { decision: "approve" });
    loaded.ids.set(o.key, created.id);
    loaded.keys.set(created.id, o.key);
  }
  // Existing partnerships: a broker introduction both sides accepted, with an agreement outcome.
  const pairs = new Set<string>();
  for (const o of orgs) for (const p of o.existing_partners ?? []) pairs.add([o.key, p].sort().join("|"));
  for (const pair of pairs) {
    const [a, b] = pair.split("|");
    const intro = await api.call<{ id: string }>("POST", "/admin/introductions", accounts.staff, {
      fromOrgId: loaded.ids.get(a),
      toOrgId: loaded.ids.get(b),
      message: "Recorded partnership: sister-park agreement",
    });
    for (const side of [a, b]) await api.call("POST", `/introductions/${intro.id}/respond`, await accounts.memberOf(side), { decision: "accept" });
    await api.call("POST", `/introductions/${intro.id}/outcome`, accounts.staff, { kind: "sister_park_agreement" });
  }
  for (const o of orgs) {
    const bearer = await accounts.memberOf(o.key);
    for (const f of o.offers ?? []) {
      const created = await writeText(texts, (strip) => {
        const title = texts.make(f.title_en, f.title_zh);
        const summary = f.summary_en || f.summary_zh ? texts.make(f.summary_en, f.summary_zh) : title;
        return api.call<{ id: string }>("POST", "/offers", bearer, {
          orgId: loaded.ids.get(o.key),
          title: strip || texts.copy ? texts.strip(title) : title,
          summary: strip || texts.copy ? texts.strip(summary) : summary,
          industries: v.industries(f.industries),
          trl: f.trl,
          ipStatus: v.plainSlug(f.ip),
          transferModes: f.modes.map(v.plainSlug),
          targetRegions: v.regions(f.target_regions),
          expiresAt: new Date(Date.now() + 120 * DAY).toISOString(),
        });
      });
      loaded.ids.set(f.key, created.id);
      loaded.keys.set(created.id, f.key);
    }
    const bg = o.open_request;
    if (bg) {
      const expiring = bg.status === "expired";
      const expiresAt = new Date(Date.now() + (expiring ? 4000 : 90 * DAY));
      const body = requestBody(bg, loaded.ids.get(o.key)!, texts, expiresAt);
      const created = await writeText(texts, (strip) => api.call<{ id: string }>("POST", "/requests", bearer, body(strip || texts.copy)));
      if (expiring) loaded.toExpire.push(created.id);
    }
  }
  for (const c of set.requests) {
    const body = requestBody(c, loaded.ids.get(c.by)!, texts, new Date(Date.now() + 60 * DAY));
    try {
      const bearer = await accounts.memberOf(c.by);
      const created = await writeText(texts, (strip) => api.call<{ id: string }>("POST", "/requests", bearer, body(strip || texts.copy)));
      loaded.cases.set(c.key, created.id);
    } catch (err) {
      if (!(err instanceof ApiError) || err.status !== 400) throw err;
      loaded.skipped.push({ key: c.key, why: JSON.stringify(err.body).slice(0, 200) });
    }
  }
  loaded.copied = texts.copied;
  return loaded;
}
