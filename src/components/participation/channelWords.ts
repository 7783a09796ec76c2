// The words that name the office's other ways to be reached, and lead a sender back.
export const channelWords = {
  zh: {
    otherChannels: '其他反映渠道',
    channelsLead: '您也可以通过以下方式向我们反映：',
    telephone: '电话',
    address: '来信地址',
    email: '电子邮箱',
    backToNotice: '返回通报',
  },
  en: {
    otherChannels: 'Other ways to reach us',
    channelsLead: 'You can also reach the office:',
    telephone: 'Telephone',
    address: 'By post',
    email: 'E-mail',
    backToNotice: 'Back to the notice',
  },
} as const
