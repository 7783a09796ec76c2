// Shared types for the Laurel demo content (units, people, notices, stories, policies, experts).

/** A text in both portal languages: Chinese (primary) and its English translation. */
export type Localized = { zh: string; en: string }

/** The three mechanisms of the district's cadre-incentive policy. */
export type Mechanism = 'incentive' | 'fault-tolerance' | 'promotion-demotion'

/** A town office (town, township or subdistrict) or a district department. */
export type UnitKind = 'town-office' | 'department'

/** Peer group used by the differentiated annual assessment. */
export type AssessmentCategory =
  // town offices only
  | 'key-development'
  | 'ecological-development'
  // departments only
  | 'party-mass'
  | 'comprehensive'
  | 'economic'
  | 'residential'

/** Grade in the annual target-responsibility assessment. */
export type Grade = 'excellent' | 'good' | 'pass' | 'fail'

export type SeedUnit = {
  key: string
  name: Localized
  kind: UnitKind
  assessmentCategory: AssessmentCategory
  grades: { year: number; grade: Grade }[]
}

export type SeedPerson = {
  key: string
  name: Localized
  position: Localized
  unitKey: string
  bio: Localized
  consent: boolean
}

/** One commended unit or person; exactly one of unitKey / personKey is set. */
export type SeedAwardee = {
  unitKey?: string
  personKey?: string
  honorTitle: Localized
  citation: Localized
}

export type SeedCommendation = {
  title: Localized
  noticeNumber: string
  issuingBody: Localized
  /** ISO date, YYYY-MM-DD */
  issuedAt: string
  assessmentYear: number
  mechanism: Mechanism
  summary: Localized
  /** Paragraphs */
  body: { zh: string[]; en: string[] }
  awardees: SeedAwardee[]
  /** Days of public notice (公示) from the moment the demo is seeded, for a notice still in it. */
  publicNoticeDays?: number
}

/** A positive model or a negative case; exactly one of subjectUnitKey / subjectPersonKey is set. */
export type SeedStory = {
  title: Localized
  polarity: 'positive' | 'negative'
  mechanism: Mechanism
  subjectUnitKey?: string
  subjectPersonKey?: string
  /** A warning case names its person only with a legal basis recorded (staff-only). */
  legalBasis?: string
  summary: Localized
  body: { zh: string[]; en: string[] }
  lessons: { zh: string[]; en: string[] }
}

export type SeedPolicy = {
  key: string
  title: Localized
  documentNumber: string
  issuingBody: Localized
  issuedAt: string
  effectiveFrom: string
  status: 'in-force' | 'superseded'
  summary: Localized
  body: { zh: string[]; en: string[] }
}

export type SeedExpert = {
  key: string
  email: string
  displayName: Localized
  title: Localized
  affiliation: Localized
  credentials: Localized
  bio: Localized
}

export type SeedInterpretation = {
  title: Localized
  /** Key of a SeedExpert */
  authorKey: string
  mechanism: Mechanism
  policyKeys: string[]
  summary: Localized
  body: { zh: string[]; en: string[] }
}
