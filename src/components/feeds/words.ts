// The words of the feeds page: what a feed is and how to follow one, in both reading languages.
export const feedWords = {
  zh: {
    lead: '订阅（RSS 或 Atom）可以让您不必常来查看本栏目：在阅读器里添加一个订阅地址后，每有新的通报、典型案例、专家解读或政策文件发布，阅读器就会自动收到。',
    howHeading: '如何订阅',
    steps: [
      '在手机或电脑上打开一个 RSS 阅读器（许多阅读器和浏览器扩展都支持 RSS 和 Atom）。',
      '复制下面想要订阅的栏目地址（点击链接会显示一页代码，这是正常的，阅读器读的就是它）。',
      '在阅读器中选择“添加订阅”，粘贴地址。',
    ],
    listHeading: '可订阅的栏目',
    rssOrAtom: '两种格式内容相同，阅读器支持哪种就用哪种。',
    address: (format: string) => `${format} 订阅地址`,
  },
  en: {
    lead: 'A feed (RSS or Atom) saves you coming back to check the column: add a feed address to a feed reader once, and every new notice, model story, interpretation or policy reaches the reader by itself.',
    howHeading: 'How to subscribe',
    steps: [
      'Open a feed reader on your phone or computer (many readers and browser extensions read RSS and Atom).',
      'Copy the address of the section you want below (opening it in a browser shows code: that is what the reader reads).',
      'In the reader, choose "add feed" or "subscribe" and paste the address.',
    ],
    listHeading: 'Feeds you can follow',
    rssOrAtom: 'Both formats carry the same items; use whichever your reader takes.',
    address: (format: string) => `${format} feed address`,
  },
}
