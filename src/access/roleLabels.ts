// What each role is called, in the admin's two languages: on the account form and in the invite
// dialog (a client component, so this file imports nothing of the server).
export const roleLabels = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  expert: { zh: '特约专家', en: 'Invited expert' },
} as const
