// A template of an intake file to download from the admin: the header in Chinese, as the check
// reads it, and two example rows (one commended, one not) in made-up units to write over. UTF-8
// with a byte-order mark, so that Chinese Excel opens it without garbling.
import type { Endpoint } from 'payload'

import { isStaffUser } from '@/access/roles'

import { columnNames } from './columns'

const EXAMPLE_ROWS = [
  ['示例镇', '2026', '优秀', '2026年度目标责任考核优秀单位', '全年重点工作全部按期完成。'],
  ['示例局', '2026', '良好', '', ''],
]

const csvLine = (cells: string[]) =>
  cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(',')

export const templateCsv = () =>
  `\uFEFF${[columnNames.zh, ...EXAMPLE_ROWS].map(csvLine).join('\r\n')}\r\n`

export const intakeTemplate: Endpoint = {
  path: '/template',
  method: 'get',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return Response.json({ errors: [] }, { status: 403 })
    return new Response(templateCsv(), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="assessment-intake-template.csv"; filename*=UTF-8''${encodeURIComponent('考核结果导入模板.csv')}`,
      },
    })
  },
}
