// The dashboard's own words in both languages of the admin.
export const deskWords = {
  editorHeading: { zh: '编辑工作台', en: 'Editorial desk' },
  expertHeading: { zh: '我的解读稿件', en: 'My interpretations' },
  submitted: { zh: '待审核', en: 'Waiting for review' },
  approved: { zh: '已通过，待发布', en: 'Approved, waiting to be published' },
  scheduled: { zh: '已安排定时发布', en: 'Scheduled' },
  inNotice: { zh: '公示中', en: 'In public notice' },
  nominations: { zh: '新的群众推荐', en: 'New nominations' },
  recent: { zh: '最近发布', en: 'Recently published' },
  none: { zh: '暂无', en: 'None' },
  objections: { zh: '异议 {count} 条', en: '{count} objections' },
  endsAt: { zh: '截止 {date}', en: 'ends {date}' },
  publishAt: { zh: '{date} 发布', en: 'publishes {date}' },
  unpublishAt: { zh: '{date} 取消发布', en: 'unpublishes {date}' },
  reason: { zh: '退回理由：', en: 'Reason: ' },
  write: { zh: '撰写新解读', en: 'Write an interpretation' },
  openList: { zh: '查看列表', en: 'Open the list' },
}
