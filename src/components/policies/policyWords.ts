// The words of the policies section.

const kilobytes = (bytes: number) => Math.max(1, Math.round(bytes / 1024))

export const policyWords = {
  zh: {
    lead: '“三项机制”实施办法及相关配套制度文件。',
    documentNumber: '文号',
    issuingBody: '发文机关',
    issuedAt: '印发日期',
    effectiveFrom: '施行日期',
    status: '效力状态',
    statuses: { 'in-force': '现行有效', superseded: '已废止' },
    original: '文件原件',
    download: (filename: string, bytes?: number | null) =>
      `下载文件原件（PDF${bytes ? `，${kilobytes(bytes)} KB` : ''}）：${filename}`,
    checksum: 'SHA-256 校验值',
    checksumHelp: '可用此校验值核对下载的文件与发布的原件完全一致。',
    interpretations: '相关解读',
    noInterpretations: '暂无解读文章。',
    pageNumber: (page: number) => `第 ${page} 页`,
  },
  en: {
    lead: 'The three-mechanisms measures and the rules that implement them.',
    documentNumber: 'Document number',
    issuingBody: 'Issued by',
    issuedAt: 'Date issued',
    effectiveFrom: 'In effect from',
    status: 'Status',
    statuses: { 'in-force': 'In force', superseded: 'Superseded' },
    original: 'Original document',
    download: (filename: string, bytes?: number | null) =>
      `Download the original (PDF${bytes ? `, ${kilobytes(bytes)} KB` : ''}): ${filename}`,
    checksum: 'SHA-256 checksum',
    checksumHelp:
      'Use this checksum to confirm that a downloaded file is exactly the published original.',
    interpretations: 'Interpretations of this policy',
    noInterpretations: 'No interpretations yet.',
    pageNumber: (page: number) => `Page ${page}`,
  },
}

export type PolicyStatus = keyof typeof policyWords.zh.statuses
