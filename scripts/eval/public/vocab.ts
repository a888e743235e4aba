// How the values of the independent evaluation set map onto Parklink's taxonomy ids
// (the set's README, "Vocabularies" and "Mapping notes").
import { resolveIndustry } from "@parklink/shared";

const slug = (label: string) => label.toLowerCase().replace(/&/g, " ").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

const INDUSTRIES: Record<string, string> = {
  "IT & ICT": "ict",
  "Artificial intelligence": "ai",
  "Big data & cloud": "big-data-cloud",
  "Internet of Things": "iot",
  "Digital economy": "digital-economy",
  "Software & IT services": "software",
  "Electronics & control systems": "electronics",
  Semiconductors: "semiconductors",
  "Sensors & instruments": "sensors-instruments",
  "Optoelectronics & photonics": "optoelectronics",
  "Advanced materials": "new-materials",
  "New energy": "new-energy",
  Solar: "solar",
  "Energy storage & batteries": "energy-storage",
  "Hydrogen & fuel cells": "hydrogen",
  "New energy vehicles": "new-energy-vehicles",
  "Advanced manufacturing": "advanced-manufacturing",
  Robotics: "robotics",
  "Aerospace & drones": "aerospace",
  "Construction & geotechnics": "construction",
  "Marine industry": "marine",
  "Biomedicine & pharmaceuticals": "biomedicine",
  Biotechnology: "biotechnology",
  "Medical engineering": "medical-engineering",
  "Traditional Chinese medicine": "traditional-medicine",
  "Health care": "health-care",
  Agriculture: "agriculture",
  "Food & medicinal industries": "food-medicinal",
  Environment: "environment",
  "Water treatment": "water-treatment",
  "Art & tourism": "creative-industries",
  Tourism: "tourism",
  "Management & economics services": "business-services",
  Fintech: "fintech",
  Logistics: "logistics",
};

export function industry(label: string): string {
  const id = INDUSTRIES[label] ?? resolveIndustry(label);
  if (!id) throw new Error(`eval set: unknown industry "${label}"`);
  return id;
}

export const industries = (labels: readonly string[] | undefined) => [...new Set((labels ?? []).map(industry))];
export const regions = (labels: readonly string[] | undefined) => (labels ?? []).map(slug);

const TYPES: Record<string, string> = {
  sister_parks: "sister-park",
  dual_parks: "dual-park",
  planning_consulting: "planning-consulting",
};
export const cooperationType = (t: string) => TYPES[t] ?? t.replace(/_/g, "-");

const PARK_SERVICES: Record<string, string> = {
  "shared laboratories": "laboratories",
  "legal & IP": "legal-ip",
  "soft landing & market access": "market-access",
};
export const parkService = (s: string) => PARK_SERVICES[s] ?? slug(s);

const MANAGEMENT: Record<string, string> = { "public-private partnership": "ppp" };
export const management = (m: string) => MANAGEMENT[m] ?? slug(m);

/** A training academy has no counterpart; the only one is university-hosted (README). */
export const institutionType = (t: string) => (t === "training academy" ? "university" : slug(t));

const INVESTOR_TYPES: Record<string, string> = { "venture capital": "vc", "government guidance fund": "government-fund" };
export const investorType = (t: string) => INVESTOR_TYPES[t] ?? slug(t);

export const plainSlug = slug;
