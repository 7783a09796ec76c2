// Demo expert profiles and their interpretation articles on the three-mechanisms policy.
import type { SeedExpert, SeedInterpretation } from './types'

export const experts: SeedExpert[] = [
  {
    key: 'zhou-mingyuan',
    email: 'expert@laurel.local',
    displayName: { zh: '周明远', en: 'Zhou Mingyuan' },
    title: { zh: '教授', en: 'Professor' },
    affiliation: {
      zh: '省委党校（行政学院）公共管理教研部',
      en: 'Department of Public Administration, Provincial Party School (Academy of Governance)',
    },
    credentials: {
      zh: '法学博士；长期从事干部人事制度研究，主持完成省级以上研究课题多项。',
      en: 'Doctor of Laws; has long researched the personnel system for officials and has led several research projects at provincial level and above.',
    },
    bio: {
      zh: '周明远教授多年来在党校主讲干部选拔任用、干部考核评价等课程，曾参与多个市县干部激励制度的调研论证，关注制度设计如何在基层落地见效。',
      en: 'Professor Zhou has for many years taught courses at the Party School on the selection, appointment and evaluation of officials. He has taken part in research and consultation on incentive systems for officials in a number of cities and counties, with a particular interest in how institutional design takes effect at the grassroots.',
    },
  },
  {
    key: 'lin-shuhua',
    email: 'scholar@laurel.local',
    displayName: { zh: '林淑华', en: 'Lin Shuhua' },
    title: { zh: '研究员', en: 'Research Fellow' },
    affiliation: {
      zh: '省社会科学院政治学研究所',
      en: 'Institute of Political Science, Provincial Academy of Social Sciences',
    },
    credentials: {
      zh: '管理学博士；研究方向为政府绩效评估与基层治理，出版相关专著两部。',
      en: 'Doctor of Management; researches government performance evaluation and local governance, and has published two monographs in the field.',
    },
    bio: {
      zh: '林淑华研究员长期跟踪研究基层政府绩效考核和干部容错纠错制度的实践，多次深入乡镇开展调研，主张以制度的确定性为干部担当作为提供稳定预期。',
      en: 'Research Fellow Lin has long studied how local governments carry out performance assessment and fault tolerance for officials, and has done extensive fieldwork in towns and townships. She argues that predictable rules give officials stable expectations that encourage them to take responsibility.',
    },
  },
]

export const interpretations: SeedInterpretation[] = [
  {
    title: {
      zh: '让实干者得实惠、有奔头——谈“三项机制”中的激励机制',
      en: 'Real Rewards and Real Prospects for Those Who Deliver: On the Incentive Mechanism of the Three Mechanisms',
    },
    authorKey: 'zhou-mingyuan',
    mechanism: 'incentive',
    policyKeys: ['three-mechanisms-measures'],
    summary: {
      zh: '激励机制通过晋升激励、物质奖励和精神激励三种方式，回答“干好了会怎样”的问题。关键在于精准对接实绩，做到及时、公开、适度。',
      en: 'Through promotion incentives, material rewards and spiritual encouragement, the incentive mechanism answers the question "what happens if I do well?". The key is to tie rewards precisely to results and to make them timely, open and proportionate.',
    },
    body: {
      zh: [
        '干部为什么干、干好了会怎样，是干部队伍建设中绕不开的问题。云岭区的“三项机制”实施办法把激励机制放在首位，从晋升、物质、精神三个方面作出安排，目的是让真抓实干的干部得到实实在在的回报。',
        '晋升激励是最根本的激励。办法明确，在推动发展、基层治理、巩固拓展脱贫攻坚成果和党的建设中实绩突出的干部，同等条件下优先提拔使用。需要注意的是，“优先”不是“降格”，提拔的条件和程序不能打折扣，而是在符合条件的人选中，把实绩作为更有分量的砝码。',
        '物质奖励要与考核结果紧密挂钩。办法规定区财政每年安排专项奖励资金，依据目标责任考核和专项考核结果发放。这就要求考核本身客观公正，奖励标准事先公开，发放过程全程留痕，坚决防止“撒胡椒面”和平均主义。',
        '精神激励的作用往往被低估。一份正式的表彰通报、一篇扎实的典型报道，能够让先进者感受到组织认可和社会尊重，也能为其他干部提供看得见、学得来的榜样。同时也要防止表彰过多过滥，否则荣誉就会贬值。',
        '三种激励方式各有侧重、相互补充。在实践中，激励要精准，对准真正干出实绩的人；要及时，趁热打铁才能放大效应；要公开，让每一项奖励都经得起群众评判。只有这样，激励机制才能真正成为干部干事创业的“加油站”。',
      ],
      en: [
        'Why officials work and what happens when they work well are questions that no approach to building a corps of officials can avoid. Yunling District’s measures for the three mechanisms put the incentive mechanism first, with provisions on promotion, material reward and spiritual encouragement, so that officials who work hard and deliver receive a tangible return.',
        'The promotion incentive is the most fundamental. The measures state that officials with outstanding results in development, local governance, consolidating the gains of poverty alleviation and Party building are preferred for promotion when other conditions are equal. It should be noted that "preferred" does not mean "lower standards": the conditions and procedures for promotion are not relaxed. Rather, among qualified candidates, results carry greater weight.',
        'Material rewards must be closely tied to assessment results. The measures provide that the district budget sets aside a special reward fund each year, paid out on the basis of the target-responsibility assessment and special assessments. This requires the assessment itself to be objective and fair, the reward criteria to be published in advance, and every payment to leave a record, firmly avoiding spreading money thinly or handing out equal shares to all.',
        'The role of spiritual encouragement is often underestimated. A formal commendation notice or a well-researched model story lets those who excel feel recognised by the organisation and respected by society, and gives other officials an example they can see and follow. At the same time, commendations must not become too frequent or indiscriminate, or the honour will lose its value.',
        'The three forms of incentive each have their own emphasis and complement one another. In practice, incentives should be precise, aimed at those who have genuinely delivered; timely, because acting while results are fresh amplifies their effect; and open, so that every reward can withstand public scrutiny. Only then can the incentive mechanism truly recharge officials’ drive to get things done.',
      ],
    },
  },
  {
    title: {
      zh: '“能上能下”贵在常态——怎样理解“能者上、庸者下”',
      en: 'Promotion and Demotion Must Become Routine: Understanding "The Capable Rise, the Mediocre Step Down"',
    },
    authorKey: 'zhou-mingyuan',
    mechanism: 'promotion-demotion',
    policyKeys: ['three-mechanisms-measures'],
    summary: {
      zh: '能上能下的难点在“下”。实施办法明确了“下”的情形和程序，也明确了调整后的跟踪关爱和重新使用渠道，使能上能下更加公平、可预期。',
      en: 'The difficulty of promotion and demotion lies in moving people down. The measures define when and how officials are moved down, and also provide for follow-up, care and a route back for those who have been adjusted, making the system fairer and more predictable.',
    },
    body: {
      zh: [
        '长期以来，干部队伍中“上易下难”的问题较为突出：只要不犯错误，职务就能保住，“不求有功、但求无过”的心态由此滋生。能上能下机制的意义，就在于打破这种局面。',
        '先说“能上”。实施办法强调严格提拔条件和程序，突出在一线识别、用实绩检验。实践中，一些单位为干部建立实绩档案，按季度记录重点任务完成情况，组织部门考察时既看材料、也走访群众，让“谁干得好”有据可查。',
        '再说“庸者下”。“下”必须有明确标准和规范程序，不能凭印象、搞随意。办法列出了担当意识不强、工作推进不力、年度考核不合格或连续两年为合格等次等情形，并要求经过考察、集体研究等程序。标准清楚，程序规范，“下”才能让人信服。',
        '容易被忽视的是“下”之后。办法要求对调整干部加强跟踪管理和关心关爱，表现突出、符合条件的可以重新提拔使用。调整不是“一棍子打死”，而是一次纠偏和再出发的机会。对重新振作、实绩突出的干部给予公平机会，才能让被调整者心服口服，也让其他干部看到制度的温度。',
        '能上能下贵在常态化。一次性的集中调整容易形成“运动式”效应，只有把考核、识别、调整、回访贯通起来，形成稳定的制度闭环，才能让“能者上、优者奖、庸者下、劣者汰”成为干部队伍的新常态。',
      ],
      en: [
        'For a long time it has been easy to move officials up but hard to move them down. As long as they made no mistakes they could keep their posts, and this bred the attitude of "seeking no merit, only avoiding fault". The significance of the promotion-and-demotion mechanism lies in breaking this pattern.',
        'Consider first "the capable rise". The measures stress strict conditions and procedures for promotion, with officials identified on the front line and tested by results. In practice, some units keep a performance record for each official, logging key tasks every quarter, and the organisation department reviews both documents and residents’ views, so that who has done well is a matter of evidence.',
        'Next, "the mediocre step down". Moving someone down requires clear standards and proper procedures, not impressions or arbitrary decisions. The measures list situations such as lacking a sense of responsibility, failing to move work forward, being graded fail in the annual assessment or being graded pass two years in a row, and require review and collective decision-making. Only with clear standards and proper procedures will moving people down be accepted as fair.',
        'What is easily overlooked is what comes after. The measures require follow-up management of and care for officials who have been adjusted, and allow those who perform outstandingly and meet the conditions to be promoted again. Being moved down does not mean being written off; it is a chance to correct course and start again. Giving a fair opportunity to those who recover and deliver is what convinces those adjusted that they have been treated fairly, and shows other officials that the system has a human side.',
        'Promotion and demotion must become routine. One-off waves of adjustment tend to resemble a campaign. Only by linking assessment, identification, adjustment and follow-up into a stable closed loop can "the capable rise, the excellent are rewarded, the mediocre step down and the unfit are removed" become the new normal for officials.',
      ],
    },
  },
  {
    title: {
      zh: '容错有边界　纠错有要求——解读《云岭区干部容错纠错实施细则》',
      en: 'Tolerance Has Limits, Correction Has Requirements: Interpreting the Yunling District Implementation Rules for Fault Tolerance and Error Correction',
    },
    authorKey: 'lin-shuhua',
    mechanism: 'fault-tolerance',
    policyKeys: ['fault-tolerance-rules', 'three-mechanisms-measures'],
    summary: {
      zh: '实施细则以列举容错情形、明确认定条件和不予容错情形的方式，为干部划出了清晰的“安全区”和“禁区”，同时把纠错作为容错的必然要求。',
      en: 'By listing eligible situations, criteria and exclusions, the implementation rules draw a clear line between a "safe zone" and "forbidden zone" for officials, while making correction an essential counterpart of tolerance.',
    },
    body: {
      zh: [
        '在基层调研中常能听到这样的声音：“多干多错、少干少错、不干不错。”容错纠错机制正是针对这种顾虑而设计的。区委发〔2023〕18号文件确立了容错纠错的原则，区纪发〔2024〕6号实施细则则把原则转化为可操作的规则。',
        '细则列举了四类可以申请容错的情形：改革创新中因缺乏经验或政策界限不明确出现的失误，急难险重任务中非主观故意的程序瑕疵，不可预见或不可抗力导致的未达预期，以及其他符合容错精神的情形。认定时要综合考虑四个因素：是否符合政策法规和纪律，是否经过集体决策或必要程序，是否出于公心，是否积极挽回损失。这四个因素，实际上就是把“三个区分开来”具体化。',
        '同样重要的是不予容错的情形。违反中央八项规定精神、以权谋私、违反招标等强制性规定、失误后隐瞒不报、经提醒后重犯，都不在容错之列。这意味着，容错不是“保护伞”，更不是“免罪牌”。强制性规定界限清晰，不能以“为了工作”为由绕开。',
        '在程序上，细则明确由本人或所在单位申请，纪检监察机关会同组织部门一般在30个工作日内作出认定，并书面反馈。予以容错的，不作负面评价，不影响考核评优和提拔使用；对受到失实检举控告的干部及时澄清正名。这些规定为干部提供了稳定的预期。',
        '容错之后必须纠错。细则要求相关单位制定整改方案、完善制度，并由纪检监察机关和组织部门跟踪问效，还要建立案例库、定期发布典型案例。容错与纠错相辅相成：没有容错，干部不敢为；没有纠错，容错就可能变成纵容。',
      ],
      en: [
        'During fieldwork at the grassroots one often hears: "Do more and you make more mistakes; do less and you make fewer; do nothing and you make none." The fault-tolerance and error-correction mechanism was designed precisely to address this worry. District Committee Document [2023] No. 18 set out the principles, and the implementation rules in District Discipline Document [2024] No. 6 turn those principles into workable rules.',
        'The rules list four kinds of situation in which officials may apply for fault tolerance: mistakes in reform and innovation arising from a lack of experience or unclear policy boundaries; unintentional procedural flaws in urgent, difficult or dangerous tasks; failure to meet expectations because of unforeseeable events or force majeure; and other situations consistent with the spirit of tolerance. Four factors are weighed: whether the conduct complied with policy, law and discipline; whether it followed collective decision-making or the necessary procedures; whether it was in the public interest; and whether losses were actively recovered. These four factors in effect give concrete form to the "three distinctions".',
        'Equally important are the exclusions. Violating the central eight-point rules, abusing power for private gain, breaching mandatory rules such as those on tendering, concealing a mistake, or repeating an error after a warning are all outside the scope of tolerance. This means that fault tolerance is not an umbrella, still less a pardon. Mandatory rules have clear boundaries and cannot be bypassed "for the sake of the work".',
        'On procedure, the rules provide that the official or the official’s unit applies, and the discipline inspection and supervision authorities, together with the organisation department, normally decide within 30 working days and reply in writing. Where tolerance is granted, no negative evaluation is recorded, and assessment, awards and promotion are unaffected; officials who have been the subject of false reports are promptly cleared. These provisions give officials stable expectations.',
        'Tolerance must be followed by correction. The rules require the units concerned to draw up rectification plans and improve their rules, with follow-up by the discipline authorities and the organisation department, and require a library of cases with typical cases published regularly. Tolerance and correction go hand in hand: without tolerance, officials dare not act; without correction, tolerance can turn into indulgence.',
      ],
    },
  },
  {
    title: {
      zh: '分类考核让“赛马”更公平——谈差异化考核的制度逻辑',
      en: 'Assessment by Category Makes the Race Fairer: The Institutional Logic of Differentiated Assessment',
    },
    authorKey: 'lin-shuhua',
    mechanism: 'incentive',
    policyKeys: ['three-mechanisms-measures'],
    summary: {
      zh: '差异化考核按功能定位把镇（乡、街道）和区直部门分类，同类比较、分档评定，为激励和能上能下提供了公平可信的依据。',
      en: 'Differentiated assessment groups town offices and district departments by function, compares each with its peers and grades them accordingly, providing a fair and credible basis for incentives and for promotion and demotion.',
    },
    body: {
      zh: [
        '考核是激励的前提。如果考核本身不公平，奖励和调整就难以服众。过去“一把尺子量到底”的做法，让承担生态保护任务的乡镇在工业产值、招商引资等指标上天然吃亏，也让职能迥异的部门难以放在一起比较。',
        '云岭区的实施办法把29个镇（乡、街道）按功能定位分为重点开发区域和生态发展区域两类，把区直部门分为党群、综合、经济、民生四类。重点开发区域侧重经济发展和项目建设，生态发展区域侧重生态保护和群众增收，各类部门则围绕各自职能设置指标。这种分类体现了“因地制宜、各展所长”的思路。',
        '在评定方式上，各单位在同类中比较排名，结果分为优秀、良好、合格、不合格四个等次，优秀等次比例原则上不超过同类单位的30%。比例控制避免了“人人优秀”，使优秀等次保持应有的含金量。',
        '差异化考核与另外两项机制紧密相连：考核结果是发放专项奖励、开展通报表彰的依据，也是识别干部、调整干部的重要参考。从实践看，引入群众满意度测评、加强实地核验，对于防止“材料考核”“数据注水”尤为重要。',
        '分类考核也需要在实践中不断完善。建议根据各地发展阶段动态调整指标和权重，控制指标数量，减轻基层填报负担，同时严格考核数据的真实性审核，让每一个等次都经得起检验。',
      ],
      en: [
        'Assessment is the precondition for incentives. If the assessment itself is unfair, neither rewards nor adjustments will command acceptance. The old practice of measuring everyone with the same ruler put townships charged with ecological protection at a built-in disadvantage on indicators such as industrial output and investment attracted, and made it hard to compare departments with very different functions.',
        'Yunling District’s measures divide the 29 town offices by function into key development areas and ecological development areas, and the district departments into party and mass, comprehensive, economic and residential categories. Key development areas are assessed mainly on economic development and project construction, ecological development areas mainly on environmental protection and growth in residents’ incomes, and each category of department on indicators that reflect its own functions. This grouping reflects the idea of suiting measures to local conditions and letting each play to its strengths.',
        'As for grading, each unit is ranked against others in its category, and results are graded excellent, good, pass or fail, with no more than 30% of a category graded excellent in principle. The cap prevents everyone from being excellent and keeps the excellent grade meaningful.',
        'Differentiated assessment is closely linked with the other two mechanisms: its results are the basis for special rewards and public commendations, and an important reference in identifying and adjusting officials. Experience shows that adding public satisfaction surveys and strengthening on-site verification are particularly important in preventing assessment on paper alone and the padding of figures.',
        'Assessment by category also needs continual improvement in practice. I suggest adjusting indicators and weights dynamically according to each area’s stage of development, keeping the number of indicators under control to reduce the reporting burden on the grassroots, and strictly checking the authenticity of assessment data, so that every grade stands up to scrutiny.',
      ],
    },
  },
]
