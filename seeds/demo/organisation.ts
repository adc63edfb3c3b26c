import type { BusinessArea, Country } from "~/domain/ids";

// The demo region: two fictional municipalities, one Swedish and one Norwegian, shaped like
// the pre-study's Kungsbacka (about ten departments, around 60 administrators, local support).

export const DEMO_REGION = { slug: "vastkom-demo", name: "VästKom (demo)" };

export const DEMO_PASSWORD = "vagval-demo-2026";

export const DEMO_USERS = [
  { email: "admin@demo.vagval.se", name: "Demo Admin", role: "admin" as const },
  { email: "projekt@demo.vagval.se", name: "Demo Projektgrupp", role: "project" as const, municipality: "sjobacka" },
  { email: "beslut@demo.vagval.se", name: "Demo Beslutsfattare", role: "decision" as const, municipality: "sjobacka" },
  { email: "prosjekt@demo.vagval.no", name: "Demo Prosjektgruppe", role: "project" as const, municipality: "fjordvik" },
];

type DemoSystem = { name: string; vendor: string; department: string; area: BusinessArea; administrators: string[] };

export type DemoMunicipality = {
  slug: string;
  name: string;
  country: Country;
  departments: string[];
  areas: Array<{ code: BusinessArea; name: string }>;
  systems: DemoSystem[];
};

export const DEMO_MUNICIPALITIES: DemoMunicipality[] = [
  {
    slug: "sjobacka",
    name: "Sjöbacka kommun (demo)",
    country: "SE",
    departments: ["Förskola & Grundskola", "Gymnasium & Arbetsmarknad", "Vård & Omsorg", "Individ- och familjeomsorg", "Kommunledningskontoret", "Samhällsbyggnad", "Kultur & Fritid", "Teknik"],
    areas: [
      { code: "school", name: "Skola" },
      { code: "elderly_care", name: "Vård och omsorg" },
      { code: "social_services", name: "Individ- och familjeomsorg" },
      { code: "hr", name: "HR och lön" },
      { code: "finance", name: "Ekonomi" },
      { code: "building", name: "Bygglov" },
      { code: "culture_leisure", name: "Kultur och fritid" },
      { code: "technical", name: "Teknik" },
    ],
    systems: [
      { name: "Skolplattform", vendor: "EduNord", department: "Förskola & Grundskola", area: "school", administrators: ["SF-1", "SF-2", "SF-3"] },
      { name: "Elevhälsojournal", vendor: "JournalSys", department: "Förskola & Grundskola", area: "school", administrators: ["SF-4"] },
      { name: "Schemaläggning skola", vendor: "TidPlan", department: "Gymnasium & Arbetsmarknad", area: "school", administrators: ["SF-5", "SF-6"] },
      { name: "Verksamhetssystem omsorg", vendor: "OmsorgIT", department: "Vård & Omsorg", area: "elderly_care", administrators: ["SF-7", "SF-8", "SF-9"] },
      { name: "Digital signering omsorg", vendor: "SignaCare", department: "Vård & Omsorg", area: "elderly_care", administrators: ["SF-10"] },
      { name: "Verksamhetssystem IFO", vendor: "SocData", department: "Individ- och familjeomsorg", area: "social_services", administrators: ["SF-11", "SF-12"] },
      { name: "Ekonomiskt bistånd e-tjänst", vendor: "SocData", department: "Individ- och familjeomsorg", area: "social_services", administrators: ["SF-13"] },
      { name: "Lönesystem", vendor: "LönePartner", department: "Kommunledningskontoret", area: "hr", administrators: ["SF-14", "SF-15"] },
      { name: "Bemanningssystem", vendor: "StaffPlan", department: "Vård & Omsorg", area: "hr", administrators: ["SF-16"] },
      { name: "Ekonomisystem", vendor: "EkoNord", department: "Kommunledningskontoret", area: "finance", administrators: ["SF-17", "SF-18"] },
      { name: "Bygglovshandläggning", vendor: "PlanByggIT", department: "Samhällsbyggnad", area: "building", administrators: ["SF-19"] },
      { name: "Bokningssystem lokaler", vendor: "BokaMera", department: "Kultur & Fritid", area: "culture_leisure", administrators: ["SF-20"] },
      { name: "Fastighetssystem", vendor: "FastSys", department: "Teknik", area: "technical", administrators: ["SF-21", "SF-22"] },
    ],
  },
  {
    slug: "fjordvik",
    name: "Fjordvik kommune (demo)",
    country: "NO",
    departments: ["Oppvekst", "Helse og omsorg", "Velferd", "Organisasjon og økonomi", "Samfunnsutvikling", "Kultur"],
    areas: [
      { code: "school", name: "Skole og barnehage" },
      { code: "elderly_care", name: "Helse og omsorg" },
      { code: "social_services", name: "NAV og barnevern" },
      { code: "hr", name: "HR og lønn" },
      { code: "finance", name: "Økonomi" },
      { code: "building", name: "Byggesak" },
      { code: "culture_leisure", name: "Kultur" },
    ],
    systems: [
      { name: "Skoleadministrativt system", vendor: "SkoleData", department: "Oppvekst", area: "school", administrators: ["FV-1", "FV-2"] },
      { name: "Barnehageportal", vendor: "BarnIT", department: "Oppvekst", area: "school", administrators: ["FV-3"] },
      { name: "Pasientjournal omsorg", vendor: "OmsorgNord", department: "Helse og omsorg", area: "elderly_care", administrators: ["FV-4", "FV-5", "FV-6"] },
      { name: "Barnevernssystem", vendor: "VernData", department: "Velferd", area: "social_services", administrators: ["FV-7"] },
      { name: "Lønns- og personalsystem", vendor: "LønnPartner", department: "Organisasjon og økonomi", area: "hr", administrators: ["FV-8", "FV-9"] },
      { name: "Økonomisystem", vendor: "ØkoNord", department: "Organisasjon og økonomi", area: "finance", administrators: ["FV-10"] },
      { name: "Byggesaksystem", vendor: "PlanByggIT", department: "Samfunnsutvikling", area: "building", administrators: ["FV-11"] },
      { name: "Bibliotekssystem", vendor: "BokSys", department: "Kultur", area: "culture_leisure", administrators: ["FV-12"] },
    ],
  },
];
