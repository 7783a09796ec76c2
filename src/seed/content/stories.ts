// Demo model stories: positive models to learn from and negative cases as warnings.
import type { SeedStory } from './types'

export const stories: SeedStory[] = [
  {
    title: {
      zh: '把产业园“种”在家门口——记青石镇党委书记张卫东',
      en: 'Planting an Industrial Park on the Villagers’ Doorstep: Zhang Weidong, Party Secretary of Qingshi Town',
    },
    polarity: 'positive',
    mechanism: 'incentive',
    subjectPersonKey: 'zhang-weidong',
    summary: {
      zh: '张卫东带领青石镇盘活闲置土地建成农产品加工园区，让群众在家门口就业增收，青石镇连续三年考核优秀，他本人受到区委、区政府表彰。',
      en: 'Zhang Weidong led Qingshi Town in turning idle land into an agricultural processing park that gives residents jobs close to home. The town has been graded excellent three years running, and he has been commended by the District Committee and District Government.',
    },
    body: {
      zh: [
        '2022年，张卫东刚到青石镇任职时，镇上有380亩土地因早年招商项目停滞而长期闲置，杂草丛生。不少年轻人外出务工，村里留下的多是老人和孩子。“地荒着，人走了，镇子就没有活力。”他在第一次班子会上这样说。',
        '他带着班子成员跑遍全镇18个村，摸清了青石镇蔬菜、菌菇种植规模大但精深加工几乎为零的短板。随后，他和同事一家家拜访加工企业，算清物流成本账、原料供应账，最终引进6家农产品加工企业入驻，园区于2024年建成投产。',
        '项目建设中，土地权属遗留问题复杂。张卫东坚持依法依规、公开透明，逐户召开协调会，把补偿标准张榜公示，没有发生一起信访事件。园区投产后，900余名群众在家门口实现就业，不少外出务工的年轻人回到了家乡。',
        '凭借实打实的发展成效，青石镇在2024年度至2026年度目标责任考核中连续获评优秀等次，张卫东被评为2024年度目标责任考核先进个人，按照“三项机制”规定获得奖励。他说：“奖励是对全镇干部群众的肯定，更是继续往前干的动力。”',
      ],
      en: [
        'When Zhang Weidong took up his post in Qingshi Town in 2022, 380 mu of land had lain idle for years, overgrown with weeds, after an earlier investment project stalled. Many young people had left to work elsewhere, leaving mostly the elderly and children in the villages. "With the land idle and the people gone, the town has no life," he told his first leadership meeting.',
        'He and his colleagues visited all 18 villages in the town and found the weak link: Qingshi grew vegetables and mushrooms on a large scale but did almost no processing. They then called on processing companies one by one, working through the figures on logistics costs and raw-material supply, and eventually brought six agricultural processing firms into the park, which went into production in 2024.',
        'During construction, land-ownership issues left over from the past were complicated. Zhang Weidong insisted on acting according to law and in the open, holding coordination meetings household by household and posting the compensation standards publicly. Not a single petition was filed. Once the park opened, more than 900 residents found work close to home, and many young people who had left came back.',
        'On the strength of these real results, Qingshi Town was graded excellent in the target-responsibility assessments for 2024, 2025 and 2026, and Zhang Weidong was named an advanced individual in the 2024 assessment and rewarded under the three-mechanisms rules. "The reward recognises the officials and people of the whole town," he said, "and it gives us the drive to keep going."',
      ],
    },
    lessons: {
      zh: [
        '找准本地资源禀赋和产业短板，发展才能有的放矢。',
        '依法依规、公开透明推进项目，是赢得群众支持的关键。',
        '把考核激励与实绩紧密挂钩，让干事者得实惠、有奔头。',
      ],
      en: [
        'Development hits the mark only when it builds on local resources and fixes the real weak links in local industry.',
        'Advancing projects lawfully, openly and transparently is the key to winning public support.',
        'Linking assessment rewards closely to results gives those who deliver real benefits and real prospects.',
      ],
    },
  },
  {
    title: {
      zh: '守住青山也能富——云溪乡走出生态发展新路子',
      en: 'Green Hills Can Bring Prosperity Too: Yunxi Township’s New Path of Ecological Development',
    },
    polarity: 'positive',
    mechanism: 'incentive',
    subjectUnitKey: 'yunxi-township',
    summary: {
      zh: '作为生态发展区域乡镇，云溪乡不拼工业规模，而是在保护中发展林下经济和生态康养，连续两年在同类乡镇考核中获评优秀。',
      en: 'As a township in an ecological development area, Yunxi does not compete on industrial scale. Instead it has developed under-forest farming and eco-wellness tourism while protecting its environment, and has been graded excellent among its peers two years running.',
    },
    body: {
      zh: [
        '云溪乡森林覆盖率超过78%，是全区重要的水源涵养地。过去，按照统一指标考核，云溪乡的工业产值、招商引资总是排在后面，乡干部心里憋着一股劲却使不上。',
        '“三项机制”实施后，全区对镇（乡、街道）实行分类考核，生态发展区域乡镇重点考核生态保护成效和群众增收情况。考核指挥棒一变，云溪乡的发展思路更加清晰：不搞大开发，坚持在保护中发展。',
        '乡党委、政府组织农户在林下种植中药材、发展林下养蜂，与区农业农村局合作建立统一收购和品牌销售渠道；同时依托山水资源发展生态康养民宿，吸引城市游客前来休闲度假。2024年，全乡农户户均增收4200元。',
        '2024年、2025年，云溪乡在生态发展区域类别中连续获评优秀等次，获得专项奖励资金。乡里把奖励资金的一部分用于奖励护林员和村级生态管护队伍，让守护青山的人也能分享发展成果。',
      ],
      en: [
        'With forest cover above 78%, Yunxi Township is one of the district’s most important water-conservation areas. In the past, when all units were assessed against the same indicators, Yunxi always trailed in industrial output and investment attracted, and its officials were eager to do more but had no way to show it.',
        'After the three mechanisms were introduced, the district began assessing town offices by category, with ecological development areas assessed mainly on environmental protection and the growth of residents’ incomes. Once the assessment baton changed, Yunxi’s development path became clearer: no large-scale development, but growth through protection.',
        'The township Party committee and government organised farmers to grow medicinal herbs and keep bees under the forest canopy, and worked with the District Bureau of Agriculture and Rural Affairs to set up unified purchasing and branded sales channels. At the same time they developed eco-wellness guesthouses that draw city visitors to the hills and rivers. In 2024, average household income in the township rose by 4,200 yuan.',
        'In 2024 and 2025 Yunxi was graded excellent in the ecological development category and received special reward funds. The township used part of the reward to recognise its forest rangers and village ecological maintenance teams, so that those who protect the green hills also share in the benefits of development.',
      ],
    },
    lessons: {
      zh: [
        '差异化考核让不同功能定位的单位在同一起跑线上公平竞争。',
        '生态优势可以转化为发展优势，关键在于找准转化路径。',
        '奖励资金向一线倾斜，能进一步凝聚干事合力。',
      ],
      en: [
        'Differentiated assessment lets units with different functions compete fairly from the same starting line.',
        'Ecological strengths can become development strengths; the key is finding the right way to convert them.',
        'Directing reward funds towards front-line workers further strengthens the shared will to get things done.',
      ],
    },
  },
  {
    title: {
      zh: '一次失误之后——松岭镇生态旅游试点容错纠错始末',
      en: 'After a Mistake: How Fault Tolerance and Error Correction Worked in Songling Town’s Eco-Tourism Pilot',
    },
    polarity: 'positive',
    mechanism: 'fault-tolerance',
    subjectPersonKey: 'yang-fan',
    summary: {
      zh: '松岭镇副镇长杨帆在生态旅游“村企共建”试点中因合作方违约造成损失，经核实符合容错情形，予以免责；他带头追偿、完善制度，试点重回正轨。',
      en: 'Songling Town Deputy Head Yang Fan suffered a loss in the village-business eco-tourism pilot when the partner company defaulted. The case was found to qualify for fault tolerance and he was exempted from liability; he then led the recovery of the funds and the improvement of the rules, and the pilot is back on track.',
    },
    body: {
      zh: [
        '2024年5月，松岭镇承担全区生态旅游“村企共建”试点任务，由村集体以闲置农房入股、引入旅游企业统一运营。分管副镇长杨帆主动请缨，牵头推进这项没有先例可循的工作。试点方案经镇党委会议集体研究，并报区文旅部门备案。',
        '2024年底，合作企业因资金链断裂停止运营，村集体已投入的30万元改造资金面临损失。杨帆第一时间向镇党委报告，并在镇里支持下通过法律途径申请财产保全。有群众反映试点“决策草率”，他本人也一度思想压力很大。',
        '2025年3月，松岭镇按照《云岭区干部容错纠错实施细则》为杨帆提出容错申请。区纪委监委会同区委组织部核实后认为：试点属于改革探索，方案经过集体决策和备案程序；损失源于合作方经营失败，属于难以预见的客观因素；杨帆未谋取任何私利，问题发生后主动报告、积极挽损。据此认定予以容错，不影响其考核和使用。',
        '容错不等于免改。镇里随即制定整改方案：通过诉讼追回损失资金24万元；修订合作协议范本，增加履约保证金和退出条款；建立合作企业资信审查和季度经营报告制度。2025年，试点村另选合作方重新运营，全年接待游客同比增长六成。杨帆说：“组织给了我改正的机会，我更要把这件事做成。”',
      ],
      en: [
        'In May 2024, Songling Town took on the district’s pilot of eco-tourism built jointly by villages and businesses, in which village collectives contribute idle farmhouses as equity and a tourism company runs them. Deputy Head Yang Fan volunteered to lead this unprecedented work. The pilot plan was discussed and adopted collectively at a meeting of the town Party committee and filed with the district culture and tourism authorities.',
        'At the end of 2024 the partner company stopped operating after running out of cash, putting at risk the 300,000 yuan the village collective had spent on renovations. Yang Fan reported to the town Party committee at once and, with the town’s support, applied through the courts to freeze the company’s assets. Some residents complained that the pilot had been "decided hastily", and for a time he felt under heavy pressure.',
        'In March 2025 Songling Town applied for fault tolerance on Yang Fan’s behalf under the Yunling District Implementation Rules for Fault Tolerance and Error Correction. After verification, the District Commission for Discipline Inspection and Supervisory Commission and the Organisation Department concluded that the pilot was a reform experiment whose plan had gone through collective decision-making and filing; that the loss resulted from the partner’s business failure, an objective factor that was hard to foresee; and that Yang Fan had sought no personal gain and had reported the problem and worked to recover the loss. Fault tolerance was granted, with no effect on his assessment or future appointments.',
        'Tolerance does not mean there is nothing to correct. The town drew up a rectification plan at once: 240,000 yuan of the loss was recovered through litigation; the model partnership agreement was revised to add a performance deposit and exit clauses; and credit checks and quarterly operating reports for partner companies were introduced. In 2025 the pilot villages resumed operations with a new partner, and visitor numbers rose by sixty per cent over the year. "The organisation gave me a chance to put things right," Yang Fan said, "so I am all the more determined to make this work."',
      ],
    },
    lessons: {
      zh: [
        '改革探索要事前集体决策、依规备案，这是容错认定的重要前提。',
        '出现问题后主动报告、积极挽损，比回避问题更能赢得组织信任。',
        '容错之后必须纠错，用制度堵塞漏洞，防止同类问题再次发生。',
      ],
      en: [
        'Reform experiments should be decided collectively and filed in advance according to the rules; this is an important precondition for fault tolerance.',
        'Reporting a problem promptly and working to limit the loss earns more trust from the organisation than avoiding the problem.',
        'Tolerance must be followed by correction, closing the gaps with better rules so the same problem does not happen again.',
      ],
    },
  },
  {
    title: {
      zh: '“先拨后审”的三天——汛后企业纾困中的担当与纠错',
      en: 'Three Days of "Pay First, Review Later": Taking Responsibility and Correcting Errors in Post-Flood Relief for Businesses',
    },
    polarity: 'positive',
    mechanism: 'fault-tolerance',
    subjectPersonKey: 'sun-haitao',
    summary: {
      zh: '区工信局副局长孙海涛在汛后应急中提议“先拨付、后审核”，三天内为37家企业拨付纾困资金；事后发现个别企业多报损失，他主动报告并追回资金，经核实予以容错，并推动完善应急资金管理制度。',
      en: 'In the emergency after the floods, Sun Haitao, Deputy Director of the District Bureau of Industry and Information Technology, proposed paying relief first and reviewing afterwards, and funds reached 37 enterprises within three days. When it later emerged that one firm had overstated its losses, he reported it and recovered the money. Fault tolerance was granted after verification, and he went on to improve the rules for emergency funds.',
    },
    body: {
      zh: [
        '2024年7月洪水过后，全区37家中小企业厂房进水、设备受损，不少企业账上资金难以支撑复工。按常规程序，纾困资金从申报、评估到拨付至少需要一个月。',
        '“等一个月，有的企业可能就撑不下去了。”孙海涛提出“先拨付、后审核”的应急方案：企业先凭受灾照片和书面承诺申领首笔资金，事后再开展第三方评估。方案经局党组会议集体研究，并报区政府同意。三天内，纾困资金全部拨付到位，企业平均提前20天复工。',
        '事后评估发现，一家企业多报了受损设备数量，多领资金18万元。孙海涛第一时间向局党组报告，会同有关部门依规追回全部资金，并将该企业纳入失信记录。其间有人反映他“违规拨款、照顾企业”。区纪委监委核查后认为：方案经集体决策和报批，目的在于帮助企业渡过难关，孙海涛本人未谋取私利，且问题发生后及时追回了资金，符合容错情形；对失实反映予以澄清。',
        '在纠错方面，区工信局牵头制定了《应急纾困资金快速拨付工作规程》，明确首笔资金比例上限、第三方评估时限和违约追偿责任，让“快”和“准”能够兼顾。这一规程已在2025年春季冰雹灾害救助中得到应用。',
      ],
      en: [
        'After the floods of July 2024, 37 small and medium-sized enterprises in the district had flooded workshops and damaged equipment, and many lacked the cash to resume work. Under the normal procedure, relief funds would take at least a month to go from application and assessment to payment.',
        '"If they have to wait a month, some firms may not survive," Sun Haitao said. He proposed an emergency approach of paying first and reviewing afterwards: firms could draw a first payment on the basis of photographs of the damage and a written undertaking, with a third-party assessment to follow. The plan was adopted collectively at a meeting of the bureau’s Party leadership group and approved by the District Government. Within three days all the relief funds had been paid, and firms resumed work on average 20 days earlier.',
        'The follow-up assessment found that one firm had overstated the amount of damaged equipment and received 180,000 yuan too much. Sun Haitao reported this to the Party leadership group at once, worked with the relevant departments to recover the full amount in accordance with the rules, and had the firm entered in the record of dishonest conduct. Meanwhile, someone reported that he had "paid out funds improperly to favour businesses". After investigation, the District Commission for Discipline Inspection and Supervisory Commission found that the plan had been decided collectively and approved, that its aim was to help businesses through a crisis, that Sun Haitao had sought no personal gain, and that the money had been recovered promptly once the problem emerged. The case qualified for fault tolerance, and the inaccurate report was publicly cleared.',
        'To correct the error, the bureau led the drafting of working procedures for the rapid payment of emergency relief funds, setting a cap on the share of the first payment, a deadline for third-party assessment and responsibility for recovering funds in case of breach, so that speed and accuracy go together. The procedures were already applied in the relief effort after the hailstorm in spring 2025.',
      ],
    },
    lessons: {
      zh: [
        '急难险重任务中敢于担当，同时要履行集体决策和报批程序。',
        '发现问题及时报告、依规追偿，是容错的重要条件。',
        '对失实反映及时澄清正名，才能让担当者放下包袱。',
        '用制度固化应急经验，实现“快”与“准”的统一。',
      ],
      en: [
        'Take responsibility in urgent and difficult tasks, while still following collective decision-making and approval procedures.',
        'Reporting problems promptly and recovering funds according to the rules are important conditions for fault tolerance.',
        'Promptly clearing officials of inaccurate reports is what allows those who take responsibility to set their worries aside.',
        'Turn emergency experience into rules so that speed and accuracy go together.',
      ],
    },
  },
  {
    title: {
      zh: '从网格员到街道党工委副书记——刘芳的实绩成长路',
      en: 'From Grid Worker to Deputy Party Secretary of the Subdistrict: Liu Fang’s Path of Proven Results',
    },
    polarity: 'positive',
    mechanism: 'promotion-demotion',
    subjectPersonKey: 'liu-fang',
    summary: {
      zh: '刘芳从社区网格员干起，牵头完成12个老旧小区改造，在一线考察中脱颖而出，2025年被提拔为城南街道党工委副书记，是“能者上”的生动写照。',
      en: 'Liu Fang began as a community grid worker, led the renovation of twelve old residential compounds, stood out in a front-line review and was promoted to Deputy Party Secretary of Chengnan Subdistrict in 2025, a vivid illustration of "the capable rise".',
    },
    body: {
      zh: [
        '城南街道是我区老城区，辖区内建成于上世纪八九十年代的老旧小区多达30余个，管网老化、停车难、加装电梯难等问题长期困扰居民。',
        '2023年，时任街道办事处副主任的刘芳牵头老旧小区改造工作。她坚持“改不改、改什么、怎么改”由居民说了算，累计召开居民议事会200余场，把每个小区的改造方案贴在楼道里征求意见。两年间，12个老旧小区完成改造，惠及居民3100余户，居民满意度达96%。',
        '按照“三项机制”关于突出一线识别、实绩检验的要求，区委组织部在重点工作一线开展干部考察，调阅了街道的干部实绩记录，并走访了大量居民。刘芳的工作成效和群众口碑得到普遍认可。2025年，经民主推荐、组织考察、公示等程序，她被提拔为城南街道党工委副书记。',
        '走上新岗位后，刘芳继续牵头推进“物业服务+居家养老”改革试点，在老旧小区设立嵌入式养老服务点。她说：“组织把我放到这个位置，是看干了什么。我只有接着干、干得更好。”',
      ],
      en: [
        'Chengnan Subdistrict lies in the district’s old town, with more than thirty residential compounds built in the 1980s and 1990s. Ageing pipes, scarce parking and the difficulty of installing lifts had troubled residents for years.',
        'In 2023 Liu Fang, then deputy director of the subdistrict office, took charge of renovating the old compounds. She insisted that residents decide whether to renovate, what to renovate and how, holding more than 200 residents’ council meetings and posting each compound’s renovation plan in the stairwells for comment. Over two years, twelve compounds were renovated, benefiting more than 3,100 households, with resident satisfaction at 96%.',
        'In line with the three-mechanisms requirement to identify officials on the front line and test them by results, the Organisation Department reviewed officials at the sites of key work, examined the subdistrict’s performance records and visited many residents. Liu Fang’s results and reputation among residents were widely recognised. In 2025, after democratic recommendation, organisational review and public notice, she was promoted to Deputy Party Secretary of Chengnan Subdistrict.',
        'In her new post Liu Fang continues to lead the pilot that combines property management with home-based elderly care, setting up care service points inside old compounds. "The organisation put me in this position because of what I had done," she said. "All I can do is keep going and do even better."',
      ],
    },
    lessons: {
      zh: [
        '在重点工作一线识别干部，让实绩成为选人用人的硬标准。',
        '群众口碑是检验干部实绩的重要尺度。',
        '严格履行推荐、考察、公示程序，确保“能者上”公开公正。',
      ],
      en: [
        'Identify officials at the front line of key work, making results the firm standard for selection and appointment.',
        'Residents’ opinions are an important measure of an official’s results.',
        'Strictly following recommendation, review and public-notice procedures keeps "the capable rise" open and fair.',
      ],
    },
  },
  {
    title: {
      zh: '调整不是“终点站”——一名调整干部的重新出发',
      en: 'Being Moved Down Is Not the End of the Line: One Official’s Fresh Start',
    },
    polarity: 'positive',
    mechanism: 'promotion-demotion',
    subjectPersonKey: 'zheng-li',
    summary: {
      zh: '区人社局一名干部2024年因工作推进不力被调整职务，经组织跟踪回访、量才安排，她在就业促进岗位上重新振作、实绩突出，2026年经考察重新走上科室负责岗位。',
      en: 'An official at the District Human Resources and Social Security Bureau was moved down in 2024 because work under her charge had stalled. With follow-up from the organisation and a new role suited to her abilities, she recovered and delivered outstanding results in employment promotion, and after review in 2026 she again took charge of a section.',
    },
    body: {
      zh: [
        '2024年，区人社局干部郑某所负责的社保经办窗口改革推进迟缓，群众投诉较多，单位年度考核仅为合格等次。按照“三项机制”有关规定，经局党组研究并报区委组织部同意，她被调整出科室负责岗位。',
        '调整之初，郑某情绪低落，一度认为“这辈子就这样了”。局党组按照对调整干部跟踪管理、关心关爱的要求，安排专人与她谈心谈话，帮助她分析问题根源：工作方法偏于被动、与基层沟通不够。结合她熟悉政策、善于服务企业的特长，组织将她安排到就业促进岗位。',
        '在新岗位上，她主动走访辖区企业120余家，建立企业用工需求清单，组织“家门口”招聘会30余场，帮助1800余名群众实现就业。2025年，她被评为单位年度考核优秀等次。',
        '2026年，经民主推荐和组织考察，她重新走上就业促进科科长岗位。区委组织部在回访时指出：调整不是“一棍子打死”，对重新振作、实绩突出的干部给予公平的使用机会，才能让能上能下真正落地。',
      ],
      en: [
        'In 2024 the reform of social-security service counters under the responsibility of Zheng, an official at the District Human Resources and Social Security Bureau, moved slowly and drew many complaints, and the bureau was graded only pass in the annual assessment. Under the three-mechanisms rules, and after discussion by the bureau’s Party leadership group with the approval of the Organisation Department, she was moved out of her post as head of a section.',
        'At first Zheng was deeply discouraged and for a time felt that "this is how it will be for the rest of my career". Following the requirement to follow up with and care for officials who have been moved down, the Party leadership group assigned someone to hold regular talks with her and help her understand the root of the problem: a passive working method and too little communication with the grassroots. Drawing on her strong command of policy and her skill in serving businesses, the organisation placed her in employment promotion work.',
        'In her new role she visited more than 120 local businesses, compiled a list of their hiring needs and organised over thirty neighbourhood job fairs, helping more than 1,800 residents find work. In 2025 she was graded excellent in the bureau’s annual assessment of its staff.',
        'In 2026, after democratic recommendation and organisational review, she again took up the post of Chief of the Employment Promotion Section. During a follow-up visit the Organisation Department noted that being moved down does not mean being written off: only by giving officials who recover and deliver a fair chance to serve again can "up and down" truly work.',
      ],
    },
    lessons: {
      zh: [
        '对调整干部既要严格要求，也要跟踪回访、关心关爱。',
        '帮助调整干部找准问题根源，结合专长量才安排岗位。',
        '对重新振作、实绩突出的调整干部，按规定给予公平的使用机会。',
      ],
      en: [
        'Officials who have been moved down should be held to strict standards but also followed up and cared for.',
        'Help them find the root of their problems and place them according to their strengths.',
        'Give those who recover and deliver outstanding results a fair chance to serve again, in accordance with the rules.',
      ],
    },
  },
  {
    title: {
      zh: '“庸者下”不是一句空话——柳营镇一名领导干部被调整的警示',
      en: '"The Mediocre Step Down" Is Not an Empty Phrase: A Warning from the Adjustment of a Leading Official in Liuying Town',
    },
    polarity: 'negative',
    mechanism: 'promotion-demotion',
    subjectPersonKey: 'wu-zhiqiang',
    summary: {
      zh: '柳营镇原副镇长吴某分管的重点项目长期滞后，本人不担当、不作为，柳营镇2024年度考核不合格。经组织考察，吴某被调整出领导岗位。',
      en: 'Key projects under the charge of Wu, a former Deputy Head of Liuying Town, fell behind for a long time while he failed to take responsibility or act, and Liuying Town was graded fail in the 2024 assessment. After organisational review, Wu was moved out of his leadership post.',
    },
    body: {
      zh: [
        '吴某原任柳营镇副镇长，分管全镇重点项目建设。2024年，柳营镇承担的镇区污水管网改造等3个重点项目均未按期完成，其中污水管网项目全年投资完成率不足四成。',
        '区督查室调查发现，项目推进中遇到的征地协调、施工许可等问题本不复杂，但吴某习惯于“等上级安排、靠部门推动”，多次督办通知未及时落实，对群众反映的施工扰民问题也未跟进处理。柳营镇在2024年度目标责任考核中被评为不合格等次。',
        '根据区委发〔2023〕18号文件关于担当意识不强、工作推进不力干部予以调整的规定，区委组织部对吴某进行了专项考察，听取了镇班子成员和群众意见。2025年4月，经区委研究，吴某被调整出领导岗位，安排到镇农业综合服务中心工作。组织同时安排专人与他谈心谈话，明确今后的努力方向。',
        '柳营镇新的分管领导上任后，逐项梳理项目堵点，污水管网改造工程于2025年底全面完工。柳营镇2025年度考核提升至合格等次，2026年度提升至良好等次。',
      ],
      en: [
        'Wu was formerly Deputy Head of Liuying Town, in charge of the town’s key construction projects. In 2024 none of the three key projects assigned to the town, including the upgrading of the town sewer network, was finished on schedule; the sewer project completed less than forty per cent of its planned investment for the year.',
        'An investigation by the district inspection office found that the land coordination and construction permit issues facing the projects were not complicated in themselves, but that Wu habitually "waited for instructions from above and relied on other departments to push things along". Several supervision notices were not acted on in time, and residents’ complaints about construction disturbance were not followed up. Liuying Town was graded fail in the 2024 target-responsibility assessment.',
        'Under the provision of District Committee Document [2023] No. 18 that officials who lack a sense of responsibility and fail to move work forward are to be adjusted, the Organisation Department carried out a special review of Wu and heard the views of the town leadership and residents. In April 2025, after deliberation by the District Committee, Wu was moved out of his leadership post and assigned to the town’s Agricultural Services Centre. At the same time, the organisation arranged talks with him to set out what he should work on in future.',
        'After a new official took charge of the projects, the obstacles were worked through one by one, and the sewer network upgrade was fully completed at the end of 2025. Liuying Town rose to a pass grade in the 2025 assessment and to good in 2026.',
      ],
    },
    lessons: {
      zh: [
        '领导岗位意味着责任，不担当、不作为终将被调整。',
        '“等靠要”思想是推进工作的最大障碍，必须主动破解难题。',
        '考核结果要真正用于干部调整，让“庸者下”落到实处。',
      ],
      en: [
        'A leadership post means responsibility; those who fail to take it up and act will in the end be moved.',
        'Waiting, relying on others and asking for help from above is the greatest obstacle to progress; problems must be tackled actively.',
        'Assessment results must genuinely be used in adjusting officials, so that "the mediocre step down" is put into practice.',
      ],
    },
  },
  {
    title: {
      zh: '考核不能“注水”——三里店镇年度考核不合格的警示',
      en: 'No Padding the Figures: A Warning from Sanlidian Town’s Fail Grade in the Annual Assessment',
    },
    polarity: 'negative',
    mechanism: 'incentive',
    subjectUnitKey: 'sanlidian-town',
    summary: {
      zh: '三里店镇在2025年度考核中虚报项目进度，被实地核查发现，年度考核被评定为不合格等次，取消当年评优和奖励资格，并被责令整改。',
      en: 'Sanlidian Town overstated project progress in the 2025 assessment. On-site verification uncovered the discrepancy; the town was graded fail for the year, lost its eligibility for awards and rewards, and was ordered to rectify.',
    },
    body: {
      zh: [
        '2025年度目标责任考核中，三里店镇上报的产业园标准厂房项目形象进度为“主体完工”，招商签约项目5个。考核组实地核查时发现，厂房仅完成基础工程，所报签约项目中有3个仅为意向协议。',
        '经调查，该镇个别干部为追求考核排名，在材料中夸大工作进度，镇党委主要负责人对上报材料把关不严。根据考核办法，区考核办将三里店镇2025年度考核结果评定为不合格等次，取消当年评优资格，不予安排专项奖励资金。区委、区政府主要负责同志对该镇党政主要负责人进行了约谈，相关责任人受到批评教育。',
        '三里店镇随后开展专项整改，建立考核材料“谁填报、谁签字、谁负责”制度，对在建项目实行每月现场核验。2026年，标准厂房项目主体完工，该镇年度考核回升至合格等次。',
        '考核是指挥棒，也是试金石。奖励只属于真抓实干的单位，任何弄虚作假都经不起实地检验。',
      ],
      en: [
        'In the 2025 target-responsibility assessment, Sanlidian Town reported that the standard factory buildings in its industrial park had "completed the main structure" and that five investment projects had been signed. On-site verification by the assessment team found that only the foundations had been completed and that three of the reported projects were merely letters of intent.',
        'The investigation found that a few officials in the town had exaggerated progress in their reports in pursuit of a higher ranking, and that the town’s principal Party leader had not checked the submitted material properly. Under the assessment rules, the District Assessment Office graded Sanlidian Town fail for 2025, withdrew its eligibility for awards that year and allocated it no special reward funds. The principal leaders of the District Committee and District Government held formal talks with the town’s principal Party and government leaders, and those responsible received criticism and education.',
        'Sanlidian Town then carried out special rectification, introducing a rule that whoever fills in assessment material signs it and is accountable for it, and checking projects under construction on site every month. In 2026 the main structure of the factory buildings was completed and the town’s annual grade returned to pass.',
        'Assessment is both a baton that directs work and a touchstone that tests it. Rewards belong only to units that work in earnest, and no falsification can survive on-site verification.',
      ],
    },
    lessons: {
      zh: [
        '考核材料必须真实准确，弄虚作假只会适得其反。',
        '主要负责人要对上报材料严格把关，压实审核责任。',
        '以实地核验代替“材料考核”，让考核结果经得起检验。',
      ],
      en: [
        'Assessment material must be true and accurate; falsification only backfires.',
        'Principal leaders must check submitted material strictly and take responsibility for its review.',
        'Replacing paper-based assessment with on-site verification makes results stand up to scrutiny.',
      ],
    },
  },
  {
    title: {
      zh: '容错不是“挡箭牌”——一起不予容错案例的剖析',
      en: 'Fault Tolerance Is Not a Shield: Analysis of a Case Where Tolerance Was Refused',
    },
    polarity: 'negative',
    mechanism: 'fault-tolerance',
    subjectPersonKey: 'qian-bo',
    legalBasis: '区纪委监委已依规公开通报该处分决定（示例）。',
    summary: {
      zh: '官渡镇村镇建设办公室原主任钱某以“抢进度”为由拆分工程规避招标，事后申请容错。经核实，其行为违反强制性规定，不予容错，依规依纪严肃处理。',
      en: 'Qian, former Director of the Guandu Town Village and Town Construction Office, split construction contracts to avoid tendering on the grounds of "speeding up progress", then applied for fault tolerance. Verification found that the conduct breached mandatory rules; tolerance was refused and the case was dealt with strictly according to the rules and discipline.',
    },
    body: {
      zh: [
        '2025年初，官渡镇实施村道硬化工程，总投资约260万元，按规定应当公开招标。时任镇村镇建设办公室主任钱某以“工期紧、怕耽误春耕”为由，将工程拆分为6个小标段，直接指定施工单位承建。',
        '审计发现问题后，钱某提出容错申请，称自己“是为了抢进度、办好事”。区纪委监委会同区委组织部核实后认为：工程招标属于法律法规的强制性规定，政策界限清晰，不属于改革探索中“政策界限不明确”的情形；拆分工程的决定未经镇党委集体研究；部分标段由与其关系密切的人员承建，存在利益关联问题。根据《云岭区干部容错纠错实施细则》，其行为属于不予容错情形。',
        '2025年6月，钱某受到党内严重警告处分，并被免去村镇建设办公室主任职务。官渡镇对已完工路段开展质量复检，对存在问题的路段责令施工单位返工，并在全镇开展工程项目管理专项整治。',
        '这起案例表明，容错纠错机制保护的是出于公心、敢于担当的干部，而不是为违纪违法行为开脱的“挡箭牌”。干事创业必须守住纪律和法律底线。',
      ],
      en: [
        'In early 2025 Guandu Town carried out a project to pave village roads with a total investment of about 2.6 million yuan, which the rules required to be publicly tendered. Qian, then Director of the town’s Village and Town Construction Office, split the project into six small lots, citing "a tight schedule and fear of delaying spring ploughing", and appointed contractors directly.',
        'After an audit uncovered the problem, Qian applied for fault tolerance, saying he had "only wanted to speed things up and do something good". After verification, the District Commission for Discipline Inspection and Supervisory Commission and the Organisation Department concluded that public tendering is a mandatory legal requirement with clear boundaries, not a case of "unclear policy boundaries" in reform; that the decision to split the project had not been discussed collectively by the town Party committee; and that some lots had been awarded to people closely connected with him, raising a conflict of interest. Under the Yunling District Implementation Rules for Fault Tolerance and Error Correction, his conduct fell within the exclusions.',
        'In June 2025 Qian received a serious warning under Party discipline and was removed as Director of the Village and Town Construction Office. Guandu Town re-inspected the quality of the finished road sections, ordered the contractors to redo defective sections, and launched a town-wide campaign to improve the management of construction projects.',
        'This case shows that the fault-tolerance mechanism protects officials who act in the public interest and take responsibility; it is not a shield for breaches of discipline or law. Getting things done must never cross the bottom lines of discipline and law.',
      ],
    },
    lessons: {
      zh: [
        '容错有边界，违反法律法规强制性规定的不在容错之列。',
        '“为了工作”不能成为规避程序、违规决策的理由。',
        '重大事项必须集体研究决定，防止个人说了算。',
        '干部要守住廉洁底线，杜绝利益关联。',
      ],
      en: [
        'Fault tolerance has limits; breaches of mandatory legal requirements are not covered.',
        '"Doing it for the work" cannot justify bypassing procedures or making decisions against the rules.',
        'Major matters must be decided collectively so that no single person has the final say.',
        'Officials must hold the line on integrity and avoid any conflict of interest.',
      ],
    },
  },
]
