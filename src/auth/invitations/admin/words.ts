// The invitation page's words, in the admin's two languages.
export const invitationWords = {
  zh: {
    title: '设置密码',
    lead: '欢迎加入表彰宣传专栏。请为您的账号设置密码（至少 12 个字符，不要用常见密码，也不要包含邮箱名称）。',
    password: '新密码',
    submit: '设置密码',
    done: '密码已设置，请登录。',
  },
  en: {
    title: 'Choose your password',
    lead: 'Welcome to Laurel. Choose the password of your account: at least 12 characters, not a common password, and not containing your e-mail name.',
    password: 'New password',
    submit: 'Set password',
    done: 'Your password is set. Please sign in.',
  },
}

export type InvitationWords = (typeof invitationWords)['en']
