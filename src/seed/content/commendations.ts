// Demo commendation notices (2024-2026) commending units and officials under the three mechanisms.
import type { SeedCommendation } from './types'

export const commendations: SeedCommendation[] = [
  {
    title: {
      zh: '关于表扬2024年防汛救灾工作中表现突出的集体和个人的通报',
      en: 'Notice Commending Collectives and Individuals with Outstanding Performance in the 2024 Flood Prevention and Relief Work',
    },
    noticeNumber: '区委发〔2024〕27号',
    issuingBody: {
      zh: '中共云岭区委　云岭区人民政府',
      en: 'CPC Yunling District Committee and Yunling District People’s Government',
    },
    issuedAt: '2024-08-16',
    assessmentYear: 2024,
    mechanism: 'incentive',
    summary: {
      zh: '对在2024年7月强降雨防汛救灾中冲锋在前、成效显著的河湾镇等3个集体和李晓燕等2名同志予以通报表扬。',
      en: 'Commends three collectives, including Hewan Town, and two officials, including Li Xiaoyan, who led from the front and achieved notable results during the flood relief effort after the heavy rain of July 2024.',
    },
    body: {
      zh: [
        '各镇（乡、街道）党（工）委和人民政府（办事处），区直各部门单位：',
        '今年7月，我区遭遇有气象记录以来最强的一次降雨过程，沿河多个镇（乡、街道）发生洪涝灾害。面对严峻汛情，全区上下闻“汛”而动，广大党员干部坚守一线、昼夜奋战，累计转移安置群众6800余人，实现了人员零伤亡，最大限度减少了灾害损失。',
        '在这场大战大考中，涌现出一批闻令而动、冲锋在前的先进集体和个人。为表扬先进、树立导向，根据《云岭区关于建立健全干部激励、容错纠错、能上能下“三项机制”的实施办法（试行）》（区委发〔2023〕18号）有关规定，区委、区政府决定，对河湾镇等3个集体和李晓燕等2名同志予以通报表扬。',
        '希望受到表扬的集体和个人珍惜荣誉、再接再厉，在今后的工作中再立新功。全区广大干部要以先进为榜样，发扬不怕疲劳、连续作战的作风，统筹抓好灾后恢复重建和后续防汛工作，切实保障人民群众生命财产安全。',
      ],
      en: [
        'To the Party committees, governments and offices of all towns, townships and subdistricts, and to all district departments:',
        'In July this year our district experienced the heaviest rainfall since weather records began, and several towns, townships and subdistricts along the river were flooded. Facing a serious flood situation, the whole district mobilised at once. Party members and officials held their posts on the front line day and night, more than 6,800 residents were moved to safety and resettled, no lives were lost, and losses from the disaster were kept to a minimum.',
        'This great test brought forward a group of collectives and individuals who answered the call and led from the front. To commend them and set an example, and in accordance with the Yunling District Trial Measures for Establishing the "Three Mechanisms" of Cadre Incentive, Fault Tolerance and Error Correction, and Promotion and Demotion (District Committee Document [2023] No. 18), the District Committee and the District Government have decided to publicly commend three collectives, including Hewan Town, and two officials, including Comrade Li Xiaoyan.',
        'We hope that the commended collectives and individuals will cherish this honour, build on their success and make new contributions. Officials across the district should follow their example, keep up a tireless working style, carry forward post-disaster recovery and reconstruction together with the remaining flood-season work, and firmly safeguard the lives and property of the people.',
      ],
    },
    awardees: [
      {
        unitKey: 'hewan-town',
        honorTitle: {
          zh: '防汛救灾先进集体',
          en: 'Advanced Collective in Flood Prevention and Relief',
        },
        citation: {
          zh: '提前研判、果断转移沿河低洼地带群众1200余人，全镇实现零伤亡。',
          en: 'Assessed the risk early and decisively evacuated more than 1,200 residents from low-lying riverside areas, with no casualties in the town.',
        },
      },
      {
        unitKey: 'wangjiang-town',
        honorTitle: {
          zh: '防汛救灾先进集体',
          en: 'Advanced Collective in Flood Prevention and Relief',
        },
        citation: {
          zh: '组织党员突击队连夜加固险段堤防2.3公里，保住了下游3个村的农田和住房。',
          en: 'Organised Party-member shock teams to reinforce 2.3 kilometres of endangered embankment overnight, protecting the farmland and homes of three downstream villages.',
        },
      },
      {
        unitKey: 'civil-affairs-bureau',
        honorTitle: {
          zh: '防汛救灾先进集体',
          en: 'Advanced Collective in Flood Prevention and Relief',
        },
        citation: {
          zh: '24小时内开放临时安置点21处，确保受灾群众有饭吃、有衣穿、有干净水喝、有安全住处。',
          en: 'Opened 21 temporary shelters within 24 hours, ensuring that affected residents had food, clothing, clean water and a safe place to stay.',
        },
      },
      {
        personKey: 'li-xiaoyan',
        honorTitle: {
          zh: '防汛救灾先进个人',
          en: 'Advanced Individual in Flood Prevention and Relief',
        },
        citation: {
          zh: '连续二十余天驻守堤段一线，带头巡堤查险，组织转移群众千余人。',
          en: 'Stayed on the embankments for more than twenty days in a row, led inspections for hazards and organised the evacuation of over a thousand residents.',
        },
      },
      {
        personKey: 'he-jing',
        honorTitle: {
          zh: '防汛救灾先进个人',
          en: 'Advanced Individual in Flood Prevention and Relief',
        },
        citation: {
          zh: '牵头开通临时救助“绿色通道”，为受灾困难群众及时发放救助金，做到应救尽救。',
          en: 'Set up a fast-track channel for emergency assistance and paid relief promptly to affected families in hardship, so that no one in need was left out.',
        },
      },
    ],
  },
  {
    title: {
      zh: '关于表彰2024年度目标责任考核优秀单位和先进个人的通报',
      en: 'Notice Commending Outstanding Units and Advanced Individuals in the 2024 Target-Responsibility Assessment',
    },
    noticeNumber: '区委发〔2025〕3号',
    issuingBody: {
      zh: '中共云岭区委　云岭区人民政府',
      en: 'CPC Yunling District Committee and Yunling District People’s Government',
    },
    issuedAt: '2025-02-20',
    assessmentYear: 2024,
    mechanism: 'incentive',
    summary: {
      zh: '通报2024年度目标责任考核结果，对在各类别中位居前列的青石镇等4个单位和张卫东等2名同志予以表彰，并按规定给予奖励。',
      en: 'Announces the results of the 2024 target-responsibility assessment and commends four units, including Qingshi Town, that ranked at the top of their categories, together with two officials, including Zhang Weidong, with rewards given in accordance with the rules.',
    },
    body: {
      zh: [
        '2024年，全区各单位坚持稳中求进工作总基调，聚焦年度目标任务，真抓实干、奋勇争先，经济社会发展取得新的成效。根据区委发〔2023〕18号文件规定，区考核办按照重点开发区域、生态发展区域两类镇（乡、街道）和党群、综合、经济、民生四类区直部门，对各单位进行了分类考核。',
        '经单位自评、实地核查、群众评议和综合评定，并经区委常委会会议审定，青石镇、云溪乡、区发展和改革局、区农业农村局在各自类别中综合排名第一；张卫东、王建国2名同志带领班子攻坚克难，成绩突出。区委、区政府决定，对上述单位和个人予以通报表彰，并从年度专项奖励资金中给予奖励。全区其他考核等次结果已另行书面反馈各单位。',
        '受到表彰的单位和个人要戒骄戒躁、勇毅前行，继续发挥示范带头作用。考核结果为合格及以下等次的单位，要认真查找差距，制定整改措施，限期提升工作水平。',
        '2025年是巩固发展成果的关键之年。全区各级干部要以受表彰的先进为榜样，坚持以实绩论英雄，奋力完成全年各项目标任务。',
      ],
      en: [
        'In 2024 all units across the district pursued progress while ensuring stability, focused on their annual targets, worked hard and strove to excel, and economic and social development achieved new results. In accordance with District Committee Document [2023] No. 18, the District Assessment Office assessed units by category: town offices in key development areas and in ecological development areas, and district departments in the party and mass, comprehensive, economic and residential categories.',
        'After self-evaluation, on-site verification, public appraisal and overall evaluation, and upon approval by the Standing Committee of the District Committee, Qingshi Town, Yunxi Township, the District Development and Reform Bureau and the District Bureau of Agriculture and Rural Affairs ranked first overall in their respective categories, and Comrades Zhang Weidong and Wang Jianguo led their leadership teams through difficult tasks with outstanding results. The District Committee and the District Government have decided to commend these units and individuals and to reward them from the annual special reward fund. The grades of all other units have been communicated to them separately in writing.',
        'The commended units and individuals should guard against complacency, press ahead with resolve and continue to set an example. Units graded pass or below should identify their shortcomings, draw up rectification measures and raise their performance within a set time.',
        '2025 is a crucial year for consolidating and building on these achievements. Officials at all levels should follow the example of those commended, judge success by real results, and strive to complete all of this year’s targets.',
      ],
    },
    awardees: [
      {
        unitKey: 'qingshi-town',
        honorTitle: {
          zh: '2024年度目标责任考核优秀单位（重点开发区域）',
          en: 'Outstanding Unit, 2024 Target-Responsibility Assessment (Key Development Areas)',
        },
        citation: {
          zh: '农产品加工园区建成投产，规上工业产值同比增长18%，综合排名同类第一。',
          en: 'Brought its agricultural processing park into production and raised the output of large industrial firms by 18% year on year, ranking first in its category.',
        },
      },
      {
        unitKey: 'yunxi-township',
        honorTitle: {
          zh: '2024年度目标责任考核优秀单位（生态发展区域）',
          en: 'Outstanding Unit, 2024 Target-Responsibility Assessment (Ecological Development Areas)',
        },
        citation: {
          zh: '森林覆盖率保持在78%以上，林下经济带动农户户均增收4200元，综合排名同类第一。',
          en: 'Kept forest cover above 78% while under-forest farming raised average household income by 4,200 yuan, ranking first in its category.',
        },
      },
      {
        unitKey: 'development-reform-bureau',
        honorTitle: {
          zh: '2024年度目标责任考核优秀单位（综合类部门）',
          en: 'Outstanding Unit, 2024 Target-Responsibility Assessment (Comprehensive Departments)',
        },
        citation: {
          zh: '争取上级项目资金创历年新高，重大项目前期工作推进有力，综合排名同类第一。',
          en: 'Secured a record amount of project funding from higher levels and drove preparatory work on major projects forward effectively, ranking first in its category.',
        },
      },
      {
        unitKey: 'agriculture-bureau',
        honorTitle: {
          zh: '2024年度目标责任考核优秀单位（经济类部门）',
          en: 'Outstanding Unit, 2024 Target-Responsibility Assessment (Economic Departments)',
        },
        citation: {
          zh: '粮食生产和特色产业“双丰收”，村级集体经济收入全部达到5万元以上，综合排名同类第一。',
          en: 'Achieved good harvests in both grain and specialty crops, with every village collective earning more than 50,000 yuan, ranking first in its category.',
        },
      },
      {
        personKey: 'zhang-weidong',
        honorTitle: {
          zh: '2024年度目标责任考核先进个人',
          en: 'Advanced Individual, 2024 Target-Responsibility Assessment',
        },
        citation: {
          zh: '带领班子盘活闲置土地380亩，引进加工企业6家，带动群众就近就业900余人。',
          en: 'Led the town leadership in bringing 380 mu of idle land back into use, attracting six processing firms and creating local jobs for more than 900 residents.',
        },
      },
      {
        personKey: 'wang-jianguo',
        honorTitle: {
          zh: '2024年度目标责任考核先进个人',
          en: 'Advanced Individual, 2024 Target-Responsibility Assessment',
        },
        citation: {
          zh: '坚持生态优先，推动林下种植和生态康养融合发展，走出生态富民新路子。',
          en: 'Put ecology first and combined under-forest planting with eco-wellness tourism, opening a new path to prosperity through ecology.',
        },
      },
    ],
  },
  {
    title: {
      zh: '关于对担当作为干部予以容错免责并通报表扬的通报',
      en: 'Notice on Granting Fault Tolerance to Officials Who Took Responsibility and Publicly Commending Them',
    },
    noticeNumber: '区纪发〔2025〕11号',
    issuingBody: {
      zh: '中共云岭区纪律检查委员会　云岭区监察委员会',
      en: 'Yunling District Commission for Discipline Inspection and Yunling District Supervisory Commission',
    },
    issuedAt: '2025-07-08',
    assessmentYear: 2025,
    mechanism: 'fault-tolerance',
    summary: {
      zh: '经核实认定，对杨帆等3名同志在改革试点和应急处置中出现的失误予以容错免责，并对其担当作为表现及松岭镇的试点经验予以通报表扬。',
      en: 'After verification, grants fault tolerance to three officials, including Yang Fan, for mistakes made in reform pilots and emergency response, and publicly commends their willingness to take responsibility together with the pilot experience of Songling Town.',
    },
    body: {
      zh: [
        '为深入落实“三个区分开来”要求，旗帜鲜明为担当者担当、为负责者负责，根据区委发〔2023〕18号文件和《云岭区干部容错纠错实施细则》（区纪发〔2024〕6号），区纪委监委会同区委组织部，对近期受理的容错申请逐一进行了核实认定。',
        '经核实，杨帆、孙海涛、赵磊3名同志分别在生态旅游“村企共建”试点、汛后企业应急纾困资金拨付、农产品直播销售试点中出现失误。相关事项均经集体研究或履行了必要程序，出发点是推动发展、维护群众和企业利益，本人未谋取任何私利，问题发生后主动报告并积极挽回损失，符合容错情形。经研究，决定对上述同志予以容错免责，不作负面评价，不影响其年度考核评优和提拔使用。',
        '同时，上述同志在急难险重任务和改革探索中敢闯敢试、务实担当，取得了明显成效；松岭镇在试点中坚持集体决策、及时纠偏，形成了可供借鉴的经验。现对松岭镇和杨帆等3名同志予以通报表扬。',
        '容错不是纵容，免责不等于免改。相关单位要按照整改方案，完善合同管理、资金审核和质量追溯等制度，确保同类问题不再发生。全区广大干部要正确认识容错纠错机制，放下包袱、轻装上阵，在守住底线的前提下大胆干事创业。',
      ],
      en: [
        'To implement the principle of the "three distinctions" and to stand clearly behind those who take responsibility, the District Commission for Discipline Inspection and Supervisory Commission, together with the Organisation Department of the District Committee, has examined and decided each recent application for fault tolerance, in accordance with District Committee Document [2023] No. 18 and the Yunling District Implementation Rules for Fault Tolerance and Error Correction (District Discipline Document [2024] No. 6).',
        'The examination found that Comrades Yang Fan, Sun Haitao and Zhao Lei made mistakes, respectively, in the eco-tourism pilot built jointly by villages and businesses, in paying emergency relief funds to enterprises after the floods, and in a pilot for selling farm produce by live streaming. In each case the matter had been decided collectively or had gone through the necessary procedures; the purpose was to promote development and protect the interests of residents and businesses; the officials sought no personal gain; and once the problems emerged they reported them on their own initiative and worked actively to recover the losses. The cases therefore qualify for fault tolerance. It has been decided to exempt these comrades from liability, to record no negative evaluation, and to leave their annual assessment, eligibility for awards and promotion unaffected.',
        'These comrades also showed courage and a practical sense of responsibility in urgent and difficult tasks and in reform, with clear results, while Songling Town kept to collective decision-making and corrected course promptly during its pilot, producing experience others can learn from. Songling Town and the three comrades, including Yang Fan, are hereby publicly commended.',
        'Tolerance is not indulgence, and exemption from liability is not exemption from correction. The units concerned must follow their rectification plans and improve their rules on contract management, fund review and quality traceability, so that similar problems do not recur. Officials across the district should understand the fault-tolerance mechanism correctly, set aside their worries, and boldly take on their work while holding to the bottom lines.',
      ],
    },
    awardees: [
      {
        unitKey: 'songling-town',
        honorTitle: { zh: '改革创新先进集体', en: 'Advanced Collective in Reform and Innovation' },
        citation: {
          zh: '在生态旅游试点中坚持集体决策、及时纠偏，今年上半年试点村接待游客同比增长六成。',
          en: 'Kept to collective decision-making and corrected course promptly in its eco-tourism pilot; in the first half of this year visitors to the pilot villages rose by sixty per cent year on year.',
        },
      },
      {
        personKey: 'yang-fan',
        honorTitle: { zh: '担当作为好干部', en: 'Exemplary Official for Taking Responsibility' },
        citation: {
          zh: '主动承担试点任务，合作方违约后第一时间报告、依法追偿，推动试点重回正轨。',
          en: 'Volunteered to run the pilot; when the partner defaulted he reported at once, pursued recovery through legal channels and brought the pilot back on track.',
        },
      },
      {
        personKey: 'sun-haitao',
        honorTitle: { zh: '担当作为好干部', en: 'Exemplary Official for Taking Responsibility' },
        citation: {
          zh: '汛后采取“先拨付、后审核”方式，三天内为37家受灾企业拨付纾困资金，帮助企业尽快复工复产。',
          en: 'After the floods he adopted a "pay first, review afterwards" approach and paid relief funds to 37 affected enterprises within three days, helping them resume production quickly.',
        },
      },
      {
        personKey: 'zhao-lei',
        honorTitle: { zh: '担当作为好干部', en: 'Exemplary Official for Taking Responsibility' },
        citation: {
          zh: '牵头开展农产品直播销售试点，发现问题后迅速建立质量追溯制度，试点销售额突破800万元。',
          en: 'Led the pilot of selling farm produce through live streaming, quickly set up a quality traceability system once problems appeared, and pushed pilot sales above 8 million yuan.',
        },
      },
    ],
  },
  {
    title: {
      zh: '关于通报表扬推进干部能上能下工作成效明显的单位和个人的通报',
      en: 'Notice Commending Units and Individuals with Notable Results in Making Promotion and Demotion Work',
    },
    noticeNumber: '区组通〔2025〕19号',
    issuingBody: {
      zh: '中共云岭区委组织部',
      en: 'Organisation Department of the CPC Yunling District Committee',
    },
    issuedAt: '2025-10-15',
    assessmentYear: 2025,
    mechanism: 'promotion-demotion',
    summary: {
      zh: '对在干部实绩评价、一线识别和调整干部跟踪关爱等方面成效明显的青石镇等3个单位予以通报表扬，并将刘芳同志作为“能者上”的代表一并通报表扬。',
      en: 'Commends three units, including Qingshi Town, for notable results in evaluating officials by their performance, identifying talent on the front line, and following up with officials who have been moved down, and also commends Comrade Liu Fang as an example of "the capable rise".',
    },
    body: {
      zh: [
        '2025年以来，全区各单位认真落实区委发〔2023〕18号文件要求，坚持以实绩论英雄、凭实干用干部，推动干部能上能下常态化。截至9月底，全区共有36名在一线实绩突出的干部得到提拔重用，9名担当意识不强、工作推进不力的干部被调整出领导岗位，4名往年被调整的干部经考察重新走上领导岗位。',
        '其中，青石镇为每名干部建立实绩档案，按季度记录重点工作完成情况，为选人用人提供了客观依据；桃源乡坚持在生态保护和乡村振兴一线考察识别干部，让埋头苦干的干部有舞台、有奔头；区人力资源和社会保障局对调整干部逐一谈心谈话、跟踪回访，结合个人专长重新安排岗位，帮助他们放下包袱、重新出发。城南街道刘芳同志在老旧小区改造中实绩突出，经组织考察被提拔为街道党工委副书记，是“能者上”的生动示范。',
        '为树立鲜明用人导向，区委组织部决定，对青石镇等3个单位和刘芳同志予以通报表扬。',
        '各单位要学习借鉴上述经验做法，既让能者上、优者奖，也让庸者下、劣者汰；对调整干部既要严格要求，又要关心关爱，对其中重新振作、实绩突出的，按规定给予公平的使用机会，切实形成能上能下、能进能出的良好局面。',
      ],
      en: [
        'Since the beginning of 2025, units across the district have conscientiously implemented District Committee Document [2023] No. 18, judging officials by results and appointing them for the work they actually deliver, so that promotion and demotion have become routine. By the end of September, 36 officials with outstanding results on the front line had been promoted, nine officials who lacked a sense of responsibility or failed to move work forward had been moved out of leadership posts, and four officials moved down in earlier years had returned to leadership posts after review.',
        'Among them, Qingshi Town keeps a performance record for every official, logging the completion of key tasks each quarter and giving an objective basis for selecting and appointing people. Taoyuan Township examines and identifies officials on the front line of ecological protection and rural revitalisation, giving those who work quietly and hard a stage and a future. The District Human Resources and Social Security Bureau holds one-to-one talks and follow-up visits with every official who has been moved down and re-places them according to their strengths, helping them set aside their burdens and start afresh. Comrade Liu Fang of Chengnan Subdistrict, who achieved outstanding results in renovating old residential compounds, was promoted to Deputy Party Secretary of the subdistrict after review, a vivid example of "the capable rise".',
        'To send a clear signal about how officials are selected, the Organisation Department has decided to commend three units, including Qingshi Town, and Comrade Liu Fang.',
        'All units should learn from these practices so that the capable rise and the excellent are rewarded, while the mediocre step down and the unfit are removed. Officials who have been moved down should be held to strict standards but also cared for, and those who recover and deliver outstanding results should be given a fair chance to serve again in accordance with the rules, so that officials can truly move up and down, in and out.',
      ],
    },
    awardees: [
      {
        unitKey: 'qingshi-town',
        honorTitle: {
          zh: '干部能上能下工作先进单位',
          en: 'Advanced Unit in Promotion and Demotion Work',
        },
        citation: {
          zh: '建立干部实绩档案，按季度记录重点任务完成情况，让选人用人有据可依。',
          en: 'Set up performance records for officials, logging key tasks each quarter so that appointments rest on evidence.',
        },
      },
      {
        unitKey: 'taoyuan-township',
        honorTitle: {
          zh: '干部能上能下工作先进单位',
          en: 'Advanced Unit in Promotion and Demotion Work',
        },
        citation: {
          zh: '坚持在生态保护和乡村振兴一线识别干部，3名一线干部因实绩突出得到提拔。',
          en: 'Identifies officials on the front line of ecological protection and rural revitalisation; three front-line officials were promoted for outstanding results.',
        },
      },
      {
        unitKey: 'hr-social-security-bureau',
        honorTitle: {
          zh: '干部能上能下工作先进单位',
          en: 'Advanced Unit in Promotion and Demotion Work',
        },
        citation: {
          zh: '对调整干部逐一谈心谈话、跟踪回访、量才安排，帮助调整干部重新振作、再建新功。',
          en: 'Holds talks and follow-up visits with every official moved down and places each according to ability, helping them recover and achieve again.',
        },
      },
      {
        personKey: 'liu-fang',
        honorTitle: { zh: '“能者上”优秀干部', en: 'Exemplary Official of "The Capable Rise"' },
        citation: {
          zh: '牵头完成12个老旧小区改造，惠及居民3100余户，因实绩突出被提拔重用。',
          en: 'Led the renovation of twelve old residential compounds benefiting more than 3,100 households, and was promoted for these outstanding results.',
        },
      },
    ],
  },
  {
    title: {
      zh: '关于表彰2025年度目标责任考核优秀单位和先进个人的通报',
      en: 'Notice Commending Outstanding Units and Advanced Individuals in the 2025 Target-Responsibility Assessment',
    },
    noticeNumber: '区委发〔2026〕4号',
    issuingBody: {
      zh: '中共云岭区委　云岭区人民政府',
      en: 'CPC Yunling District Committee and Yunling District People’s Government',
    },
    issuedAt: '2026-02-26',
    assessmentYear: 2025,
    mechanism: 'incentive',
    summary: {
      zh: '通报2025年度目标责任考核结果，对河湾镇等4个单位和陈慧等2名同志予以表彰奖励。',
      en: 'Announces the results of the 2025 target-responsibility assessment and commends and rewards four units, including Hewan Town, and two officials, including Chen Hui.',
    },
    body: {
      zh: [
        '2025年，全区各单位认真落实区委、区政府决策部署，锚定目标、攻坚克难，圆满完成了全年主要目标任务。按照差异化考核要求，区考核办对29个镇（乡、街道）和区直部门进行了分类考核，并首次将群众满意度测评结果按20%的权重计入考核总分。',
        '经综合评定并报区委常委会会议审定，河湾镇、松岭镇、区委宣传部、区财政局在各自类别中综合排名第一，陈慧、何静2名同志在推动重点工作中表现突出。区委、区政府决定，对上述单位和个人予以通报表彰，并按规定给予奖励。',
        '与上年相比，2025年度考核结果“优秀”“不合格”等次单位均有变化，反映出比学赶超的氛围日益浓厚。对考核不合格的单位，已由区委、区政府主要负责同志进行约谈，并督促其限期整改。',
        '希望受到表彰的单位和个人发挥标杆作用，带动更多单位和干部比作风、比实绩、比担当，为全区高质量发展作出新的更大贡献。',
      ],
      en: [
        'In 2025 all units across the district conscientiously carried out the decisions of the District Committee and District Government, kept their sights on their targets, overcame difficulties and fully achieved the year’s main goals. In line with the requirement for differentiated assessment, the District Assessment Office assessed the 29 town offices and the district departments by category and, for the first time, included the results of a public satisfaction survey in the total score with a weight of 20%.',
        'After overall evaluation and approval by the Standing Committee of the District Committee, Hewan Town, Songling Town, the Publicity Department of the District Committee and the District Finance Bureau ranked first overall in their respective categories, and Comrades Chen Hui and He Jing performed outstandingly in advancing key work. The District Committee and the District Government have decided to commend these units and individuals and to reward them in accordance with the rules.',
        'Compared with the previous year, the units graded excellent and those graded fail have both changed in 2025, showing a growing spirit of learning from and catching up with the best. The principal leaders of the District Committee and District Government have held formal talks with the unit graded fail and are supervising its rectification within a set time.',
        'We hope the commended units and individuals will serve as benchmarks and inspire more units and officials to compete in working style, results and responsibility, making new and greater contributions to the district’s high-quality development.',
      ],
    },
    awardees: [
      {
        unitKey: 'hewan-town',
        honorTitle: {
          zh: '2025年度目标责任考核优秀单位（重点开发区域）',
          en: 'Outstanding Unit, 2025 Target-Responsibility Assessment (Key Development Areas)',
        },
        citation: {
          zh: '灾后重建全面完成，沿河产业带新落地项目11个，群众满意度位居全区前列。',
          en: 'Completed post-flood reconstruction, brought 11 new projects to the riverside industrial belt and ranked among the highest in the district for public satisfaction.',
        },
      },
      {
        unitKey: 'songling-town',
        honorTitle: {
          zh: '2025年度目标责任考核优秀单位（生态发展区域）',
          en: 'Outstanding Unit, 2025 Target-Responsibility Assessment (Ecological Development Areas)',
        },
        citation: {
          zh: '生态旅游试点经验在全区推广，森林防火和河湖保护工作无事故。',
          en: 'Its eco-tourism pilot experience was rolled out across the district, and its forest fire prevention and river protection work recorded no incidents.',
        },
      },
      {
        unitKey: 'publicity-dept',
        honorTitle: {
          zh: '2025年度目标责任考核优秀单位（党群类部门）',
          en: 'Outstanding Unit, 2025 Target-Responsibility Assessment (Party and Mass Departments)',
        },
        citation: {
          zh: '开设“三项机制”宣传专栏，全年刊发典型报道和政策解读百余篇，营造崇尚实干的浓厚氛围。',
          en: 'Launched the "three mechanisms" publicity column and published over a hundred model reports and policy interpretations during the year, fostering a strong culture of valuing hard work.',
        },
      },
      {
        unitKey: 'finance-bureau',
        honorTitle: {
          zh: '2025年度目标责任考核优秀单位（综合类部门）',
          en: 'Outstanding Unit, 2025 Target-Responsibility Assessment (Comprehensive Departments)',
        },
        citation: {
          zh: '财政收支平稳运行，专项奖励资金按考核结果足额及时兑现。',
          en: 'Kept public revenue and spending on a steady course and paid the special reward funds in full and on time according to assessment results.',
        },
      },
      {
        personKey: 'chen-hui',
        honorTitle: {
          zh: '2025年度目标责任考核先进个人',
          en: 'Advanced Individual, 2025 Target-Responsibility Assessment',
        },
        citation: {
          zh: '牵头建立专项奖励资金管理制度，实现资金拨付全程留痕、公开透明。',
          en: 'Led the creation of management rules for the special reward fund, making every payment traceable, open and transparent.',
        },
      },
      {
        personKey: 'he-jing',
        honorTitle: {
          zh: '2025年度目标责任考核先进个人',
          en: 'Advanced Individual, 2025 Target-Responsibility Assessment',
        },
        citation: {
          zh: '推动建立困难群众主动发现机制，全年主动发现并救助困难群众1300余人次。',
          en: 'Helped build a mechanism for actively finding residents in hardship; over the year more than 1,300 cases were identified and assisted proactively.',
        },
      },
    ],
  },
  {
    title: {
      zh: '关于表扬在改革攻坚中敢闯敢试、担当作为的集体和个人的通报',
      en: 'Notice Commending Collectives and Individuals Who Boldly Explored and Took Responsibility in Reform',
    },
    noticeNumber: '区委发〔2026〕12号',
    issuingBody: { zh: '中共云岭区委', en: 'CPC Yunling District Committee' },
    issuedAt: '2026-06-18',
    assessmentYear: 2026,
    mechanism: 'fault-tolerance',
    summary: {
      zh: '对在容错纠错机制保障下大胆推进改革试点并取得突破的清泉镇等2个集体和王建国等2名同志予以通报表扬。',
      en: 'Commends two collectives, including Qingquan Town, and two officials, including Wang Jianguo, who pressed ahead boldly with reform pilots under the protection of the fault-tolerance mechanism and achieved breakthroughs.',
    },
    body: {
      zh: [
        '容错纠错机制实施以来，全区各级党组织坚持为担当者撑腰、为干事者鼓劲，一批干部放下思想包袱，在政策空白地带主动探索，推动多项改革试点取得实质性突破。',
        '清泉镇率先开展流域生态补偿试点，与上下游乡镇建立水质对赌机制，出境断面水质稳定保持在Ⅱ类；城南街道探索“物业服务+居家养老”改革，在老旧小区设立嵌入式养老服务点8个；云溪乡乡长王建国牵头推进林业碳汇开发，完成首批碳汇项目备案；河湾镇副镇长李晓燕推动低效工业用地再开发，盘活土地520亩。在试点过程中，他们遇到政策界限不清的问题，坚持事前报备、集体决策，边试边改、及时纠偏，既敢闯敢试，又守住了底线。',
        '为弘扬担当作为精神，区委决定，对清泉镇、城南街道2个集体和王建国、李晓燕2名同志予以通报表扬。',
        '各级党组织要当好干部干事创业的坚强后盾，对符合容错情形的大胆容错，对苗头性问题早提醒、早纠正。广大干部要把敢为和善为统一起来，以改革的办法破解发展难题。',
      ],
      en: [
        'Since the fault-tolerance and error-correction mechanism came into effect, Party organisations at all levels in the district have stood behind those who take responsibility and encouraged those who get things done. Many officials have set aside their worries and explored areas not yet covered by policy, and several reform pilots have made substantial breakthroughs.',
        'Qingquan Town was the first to pilot ecological compensation within the river basin, agreeing a water-quality performance arrangement with upstream and downstream townships that has kept the water leaving its boundary steadily at Class II. Chengnan Subdistrict has explored combining property management with home-based elderly care, setting up eight care service points inside old residential compounds. Wang Jianguo, Head of Yunxi Township, led the development of forestry carbon sinks and completed the registration of the first carbon-sink projects. Li Xiaoyan, Deputy Head of Hewan Town, drove the redevelopment of inefficiently used industrial land, bringing 520 mu back into use. When they met unclear policy boundaries during the pilots, they reported in advance, decided collectively, adjusted as they went and corrected course promptly, showing both courage to explore and respect for the bottom lines.',
        'To promote this spirit of taking responsibility, the District Committee has decided to publicly commend two collectives, Qingquan Town and Chengnan Subdistrict, and two officials, Comrades Wang Jianguo and Li Xiaoyan.',
        'Party organisations at all levels should give officials firm backing in their work, grant tolerance boldly where the conditions are met, and give early reminders and corrections when problems first appear. Officials should combine the courage to act with the skill to act well, and solve development problems through reform.',
      ],
    },
    awardees: [
      {
        unitKey: 'qingquan-town',
        honorTitle: { zh: '改革创新先进集体', en: 'Advanced Collective in Reform and Innovation' },
        citation: {
          zh: '率先开展流域生态补偿试点，出境断面水质稳定保持Ⅱ类。',
          en: 'Pioneered river-basin ecological compensation, keeping the water leaving its boundary steadily at Class II.',
        },
      },
      {
        unitKey: 'chengnan-subdistrict',
        honorTitle: { zh: '改革创新先进集体', en: 'Advanced Collective in Reform and Innovation' },
        citation: {
          zh: '探索“物业服务+居家养老”模式，让老旧小区老人在家门口享受养老服务。',
          en: 'Explored combining property management with home-based elderly care, bringing care services to the doorsteps of older residents in old compounds.',
        },
      },
      {
        personKey: 'wang-jianguo',
        honorTitle: { zh: '担当作为好干部', en: 'Exemplary Official for Taking Responsibility' },
        citation: {
          zh: '牵头推进林业碳汇开发，完成首批碳汇项目备案，让“绿水青山”有了可计量的价值。',
          en: 'Led the development of forestry carbon sinks and registered the first projects, giving green hills and clear waters a measurable value.',
        },
      },
      {
        personKey: 'li-xiaoyan',
        honorTitle: { zh: '担当作为好干部', en: 'Exemplary Official for Taking Responsibility' },
        citation: {
          zh: '推动低效工业用地再开发，盘活土地520亩，新引进项目7个。',
          en: 'Drove the redevelopment of inefficient industrial land, bringing 520 mu back into use and attracting seven new projects.',
        },
      },
    ],
  },
  {
    title: {
      zh: '关于表扬2026年重点项目“实绩擂台赛”优胜单位和个人的通报',
      en: 'Notice Commending the Winning Units and Individuals of the 2026 "Performance Arena" Contest for Key Projects',
    },
    noticeNumber: '区委办发〔2026〕31号',
    issuingBody: {
      zh: '中共云岭区委办公室　云岭区人民政府办公室',
      en: 'General Office of the CPC Yunling District Committee and General Office of the Yunling District People’s Government',
    },
    issuedAt: '2026-10-28',
    assessmentYear: 2026,
    publicNoticeDays: 7,
    mechanism: 'incentive',
    summary: {
      zh: '对在重点项目“实绩擂台赛”三轮比拼中成绩突出的新埠镇等4个单位和孙海涛等2名同志予以通报表扬，并给予奖励。',
      en: 'Commends and rewards four units, including Xinbu Town, and two officials, including Sun Haitao, who achieved outstanding results in three rounds of the key-project "Performance Arena" contest.',
    },
    body: {
      zh: [
        '为推动重点项目建设提速提效，今年3月起，区委、区政府在全区开展重点项目“实绩擂台赛”，按季度晾晒项目开工、投资完成和服务保障情况，以赛促干、以干论绩。',
        '经过三轮比拼和综合评定，新埠镇、永丰镇、区工业和信息化局、区农业农村局所承担的重点项目推进快、质量好、群众评价高，孙海涛、赵磊2名同志在项目服务和产业培育中表现突出。根据区委发〔2023〕18号文件规定，决定对上述单位和个人予以通报表扬，并从专项奖励资金中给予奖励；对受到表扬的个人，区委组织部将纳入一线干部考察识别范围，同等条件下优先使用。',
        '对在擂台赛中排名靠后的单位，区委、区政府督查室将进行跟踪督办，帮助分析原因、解决问题。',
        '当前距年底不足两个月，全区各单位要对照年度目标任务，以受到表扬的单位和个人为榜样，紧盯关键节点，确保全年目标任务圆满完成。',
      ],
      en: [
        'To speed up key projects and improve their quality, since March this year the District Committee and District Government have run a "Performance Arena" contest for key projects across the district, publishing each quarter how projects are doing on construction starts, investment completed and support services, so that competition drives work and work is judged by results.',
        'After three rounds of competition and an overall evaluation, the key projects undertaken by Xinbu Town, Yongfeng Town, the District Bureau of Industry and Information Technology and the District Bureau of Agriculture and Rural Affairs stood out for their speed, quality and public approval, and Comrades Sun Haitao and Zhao Lei performed outstandingly in project services and industry development. In accordance with District Committee Document [2023] No. 18, it has been decided to commend these units and individuals and to reward them from the special reward fund. The Organisation Department of the District Committee will include the commended individuals among the front-line officials it reviews, and they will be preferred for appointment when other conditions are equal.',
        'For units ranked near the bottom of the contest, the inspection offices of the District Committee and District Government will follow up, helping them analyse the causes and solve their problems.',
        'With less than two months left in the year, all units should measure themselves against their annual targets, follow the example of those commended, keep a close eye on key milestones and make sure all of this year’s targets are fully met.',
      ],
    },
    awardees: [
      {
        unitKey: 'xinbu-town',
        honorTitle: { zh: '“实绩擂台赛”优胜单位', en: 'Winning Unit, "Performance Arena" Contest' },
        citation: {
          zh: '港口物流园项目提前两个月主体完工，三轮比拼均位列第一。',
          en: 'Completed the main structure of the port logistics park two months ahead of schedule and ranked first in all three rounds.',
        },
      },
      {
        unitKey: 'yongfeng-town',
        honorTitle: { zh: '“实绩擂台赛”优胜单位', en: 'Winning Unit, "Performance Arena" Contest' },
        citation: {
          zh: '征地拆迁“零上访”，为重点项目按期开工创造了良好条件。',
          en: 'Completed land acquisition without a single petition, creating good conditions for key projects to start on schedule.',
        },
      },
      {
        unitKey: 'industry-it-bureau',
        honorTitle: { zh: '“实绩擂台赛”优胜单位', en: 'Winning Unit, "Performance Arena" Contest' },
        citation: {
          zh: '推行重点企业包联服务，协调解决项目建设难题46件。',
          en: 'Introduced paired services for key enterprises and resolved 46 obstacles to project construction.',
        },
      },
      {
        unitKey: 'agriculture-bureau',
        honorTitle: { zh: '“实绩擂台赛”优胜单位', en: 'Winning Unit, "Performance Arena" Contest' },
        citation: {
          zh: '高标准农田建设任务提前完成，质量抽检合格率100%。',
          en: 'Finished its high-standard farmland construction ahead of schedule, with every quality spot check passed.',
        },
      },
      {
        personKey: 'sun-haitao',
        honorTitle: {
          zh: '“实绩擂台赛”先进个人',
          en: 'Advanced Individual, "Performance Arena" Contest',
        },
        citation: {
          zh: '坚持一线服务企业，推动3个亿元以上工业项目提前投产。',
          en: 'Served enterprises on site and helped three industrial projects worth over 100 million yuan each begin production early.',
        },
      },
      {
        personKey: 'zhao-lei',
        honorTitle: {
          zh: '“实绩擂台赛”先进个人',
          en: 'Advanced Individual, "Performance Arena" Contest',
        },
        citation: {
          zh: '牵头建设特色种植基地4个，带动12个村集体经济增收。',
          en: 'Led the building of four specialty crop bases, raising the income of twelve village collectives.',
        },
      },
    ],
  },
]
