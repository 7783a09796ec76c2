// The open-data files and their addresses: the published notices, or every awardee of them, for
// all years or one assessment year, as JSON or CSV (`/zh/open-data/awardees-2025.csv`). The
// columns and what they mean are in docs/open-data.md; they change only with a new version.
export const OPEN_DATA_VERSION = 1

export const datasets = ['commendations', 'awardees'] as const
export type Dataset = (typeof datasets)[number]
export const formats = ['csv', 'json'] as const
export type Format = (typeof formats)[number]

export type OpenDataFile = { dataset: Dataset; year: number | null; format: Format }

const pattern = /^(commendations|awardees)(?:-(20\d\d|2100))?\.(csv|json)$/

export const parseFileName = (name: string): OpenDataFile | null => {
  const match = pattern.exec(name)
  if (!match) return null
  return {
    dataset: match[1] as Dataset,
    year: match[2] ? Number(match[2]) : null,
    format: match[3] as Format,
  }
}

export const fileName = ({ dataset, year, format }: OpenDataFile) =>
  `${dataset}${year ? `-${year}` : ''}.${format}`

export const openDataPath = (file: OpenDataFile) => `/open-data/${fileName(file)}`

/** The columns of each dataset, in order: the CSV header row and the keys of each JSON record. */
export const columns = {
  commendations: [
    'noticeNumber',
    'title',
    'issuingBody',
    'issuedAt',
    'assessmentYear',
    'mechanism',
    'state',
    'withdrawnAt',
    'publicNotice',
    'publicNoticeEndsAt',
    'awardeeCount',
    'pdfSha256',
    'url',
  ],
  awardees: [
    'noticeNumber',
    'assessmentYear',
    'issuedAt',
    'noticeState',
    'awardeeType',
    'name',
    'position',
    'unitKind',
    'assessmentCategory',
    'honorTitle',
    'citation',
    'noticeUrl',
  ],
} as const satisfies Record<Dataset, readonly string[]>
