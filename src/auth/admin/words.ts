// What the admin's second sign-in step, enrolment and session list say, in zh and en.
export const secondFactorWords = {
  zh: {
    codeTitle: '输入验证码',
    codeIntro: '请打开手机上的身份验证器，输入为 Laurel 显示的 6 位验证码。',
    codeLabel: '验证码',
    recoveryLabel: '恢复码',
    useRecovery: '手机丢失？改用恢复码',
    useCode: '改用身份验证器验证码',
    submit: '验证',
    enrolTitle: '绑定身份验证器',
    enrolIntro:
      '管理账号须使用第二重验证。请用手机上的身份验证器应用扫描下方二维码，再输入它显示的 6 位验证码。',
    qrAlt: '身份验证器二维码',
    secretLabel: '无法扫描时，手动输入此密钥：',
    confirm: '完成绑定',
    codesTitle: '请保存恢复码',
    codesIntro: '每个恢复码只能使用一次，仅显示这一次。请打印或抄写后妥善保管。',
    codesDone: '我已保存，继续',
    noAccess: '您的账号没有进入管理后台的权限。',
    signOut: '退出登录',
    failed: '出错了，请重试。',
  },
  en: {
    codeTitle: 'Enter your code',
    codeIntro:
      'Open the authenticator on your phone and enter the 6-digit code it shows for Laurel.',
    codeLabel: 'Code',
    recoveryLabel: 'Recovery code',
    useRecovery: 'Lost your phone? Use a recovery code',
    useCode: 'Use a code from your authenticator',
    submit: 'Verify',
    enrolTitle: 'Set up your authenticator',
    enrolIntro:
      'Staff accounts need a second factor. Scan the QR code below with an authenticator app on your phone, then enter the 6-digit code it shows.',
    qrAlt: 'QR code for your authenticator',
    secretLabel: 'If you cannot scan it, type this key instead:',
    confirm: 'Finish set-up',
    codesTitle: 'Save your recovery codes',
    codesIntro:
      'Each recovery code works once and is shown only now. Print or copy them and keep them safe.',
    codesDone: 'I have saved them, continue',
    noAccess: 'Your account may not use the admin.',
    signOut: 'Sign out',
    failed: 'Something went wrong. Please try again.',
  },
} as const

export type SecondFactorWords = (typeof secondFactorWords)['zh' | 'en']

export const wordsFor = (language: string | undefined): SecondFactorWords =>
  secondFactorWords[language === 'en' ? 'en' : 'zh']

export const accountSecurityWords = {
  zh: {
    title: '登录安全',
    enrolled: '已绑定身份验证器。',
    notEnrolled: '尚未绑定身份验证器。',
    sessions: '当前会话',
    noSessions: '此账号目前没有登录中的会话。',
    opened: '登录于',
    lastSeen: '最近使用',
    thisSession: '（本会话）',
    revoke: '结束会话',
    reset: '重置身份验证器',
    resetDone: '已重置，该账号需重新登录并绑定。',
    change: '更换身份验证器',
    password: '当前密码',
    code: '当前验证码',
    next: '下一步',
  },
  en: {
    title: 'Sign-in security',
    enrolled: 'An authenticator is set up.',
    notEnrolled: 'No authenticator is set up yet.',
    sessions: 'Active sessions',
    noSessions: 'Nobody is signed in with this account.',
    opened: 'Signed in',
    lastSeen: 'Last used',
    thisSession: '(this session)',
    revoke: 'End session',
    reset: 'Reset authenticator',
    resetDone: 'Reset: this account must sign in again and set up a new one.',
    change: 'Change authenticator',
    password: 'Current password',
    code: 'Current code',
    next: 'Next',
  },
} as const
