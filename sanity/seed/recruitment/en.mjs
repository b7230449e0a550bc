// Demo texts (English); see sv.mjs.
export default {
  roles: {
    contactPerson: {
      title: 'Contact person',
      summary: 'You meet a child or young person a few hours a week and do things you both enjoy.',
      week: [
        'A contact person meets a child or young person about once a week, usually for a few hours on an afternoon or at the weekend. You might have a coffee, play football, go to the cinema or talk about school.',
        'You are an adult to trust, not a teacher or a therapist. What matters is that you are there, regularly and for a long time.',
      ],
      children: ['The children and young people are between 7 and 20. Many have few adults around them, some have a parent who is ill or having a hard time, and some need help to get out and meet others.'],
      support: ['You get a contact at the social services whom you can call whenever you wonder about something. We invite you to meetings with other contact persons and to a basic course on two evenings.'],
      compensation: ['You receive a fee, in this example 1,200–2,000 kronor a month depending on the assignment, and your expenses such as bus tickets and activities are covered. The fee is taxable.'],
      assessment: ['We meet you for one or two talks, speak with two references and, with your consent, check the police criminal records register. It usually takes four to eight weeks.'],
      faq: [
        { q: 'Do I need children of my own?', a: 'No. What matters is that you enjoy being with children and young people and have time regularly.' },
        { q: 'Can I be a contact person if I work full time?', a: 'Yes. Most contact persons work and meet the child in the evenings or at weekends.' },
        { q: 'How long does an assignment last?', a: 'Usually at least a year. We follow up the assignment with you and the family every six months.' },
      ],
    },
    contactFamily: {
      title: 'Contact family',
      summary: 'A child stays with you one weekend a month, so that the child and the family get a rest and new adults to trust.',
      week: [
        'A contact family welcomes a child into their home, usually one weekend a month from Friday to Sunday. The child joins in what you would do anyway: cooking, going to the playground, visiting relatives.',
        'It gives the child more adults to trust, and gives the child\'s parents some rest.',
      ],
      children: ['The children are usually between 3 and 15. Their parents may have an illness, a disability or a heavy time in life just now, and the family itself has asked for support.'],
      support: ['You get your own contact at the social services, a basic course and meetings with other contact families. We plan each assignment together with you and the child\'s family.'],
      compensation: ['You receive a fee per day, in this example 350–500 kronor, and an allowance for food, travel and activities. The fee is taxable; the allowance is not.'],
      assessment: ['We have two or three talks with every adult in the household, make a home visit and speak with references. With your consent we check the police criminal records register and the social services\' records. It usually takes two to three months.'],
      faq: [
        { q: 'Does the child need a room of their own?', a: 'No, but the child needs a bed of their own and a place for their things.' },
        { q: 'Can we choose which weekend?', a: 'Yes. We decide the weekends together with you and the child\'s family.' },
        { q: 'Can we be a contact family if we live in a flat?', a: 'Yes. What matters is that the child gets safety and time with you, not the size of your home.' },
      ],
    },
    familyHome: {
      title: 'Family home',
      summary: 'A child who cannot live with their parents lives with you, sometimes for a few months and sometimes until the child is grown up.',
      week: [
        'A family home (foster family) welcomes a child who will live with the family for a longer time. The child goes to school, has leisure activities and is part of your everyday life.',
        'You help the child keep in touch with their parents and siblings, and you work together with the social services, the school and health care.',
      ],
      children: ['Children of all ages, from babies to teenagers, and sometimes brothers and sisters who should live together. Many children have been through hard things and need adults who stay.'],
      support: ['You get your own family-home social worker, a basic course (A home to grow in), supervision and meetings with other family homes. We can be reached day and night if something urgent happens.'],
      compensation: ['You receive a fee and an allowance each month, according to the child\'s age and needs. In this example the fee is 6,000–12,000 kronor and the allowance 5,000–7,500 kronor a month.'],
      assessment: ['The assessment is called a family-home assessment. It includes several talks with everyone in the household, home visits, references and, with your consent, checks in the police criminal records register, the social services\' records and the Enforcement Authority\'s register. It usually takes three to four months.'],
      faq: [
        { q: 'Can you be a family home and work?', a: 'Yes, often. Sometimes one of you needs to be at home more at first, and we plan that together.' },
        { q: 'Do we have to be a couple?', a: 'No. Single people can also become a family home.' },
        { q: 'Will the child see their parents?', a: 'Yes, usually. How and how often is decided by what is best for the child.' },
      ],
    },
    emergencyHome: {
      title: 'Emergency home',
      summary: 'You welcome a child at short notice, often the same day, and give the child a safe home until a longer solution is found.',
      week: [
        'An emergency home welcomes a child when something urgent has happened, often with only a few hours\' notice. The child lives with you for a few weeks or months while the social services find out what the child needs.',
        'At least one adult needs to be able to be at home during the day, especially at the start.',
      ],
      children: ['Children of all ages who need a safe home straight away. The child may be worried and tired, and needs calm, routines and adults who take care of them.'],
      support: ['You get your own contact at the social services whom you can reach day and night, training before you welcome the first child, and supervision while the child lives with you.'],
      compensation: ['You receive a fee also when no child is placed with you (standby), and a higher fee and expenses when a child lives with you. In this example 9,000 kronor a month on standby.'],
      assessment: ['The same assessment as for a family home: talks, home visits, references and, with your consent, register checks. We also go through how you can welcome a child at short notice.'],
      faq: [
        { q: 'How often does a child come?', a: 'It varies. Sometimes a child lives with you nearly all the time; sometimes a few weeks pass in between.' },
        { q: 'Can we say no one time?', a: 'Yes. You can always say that it does not suit you just then.' },
        { q: 'What do we need at home?', a: 'A room of the child\'s own, a bed, and a child car seat or a way to borrow one. We help with the rest.' },
      ],
    },
  },
  selfCheck: {
    adult: { q: 'Are you at least 21 years old?', help: 'We accept registrations of interest from 21 for every role.' },
    time: { q: 'Do you have a few hours a week, every week, for at least a year?', help: 'Children need adults who stay.' },
    weekends: { q: 'Could a child stay with you one weekend a month?', help: 'That is how contact families usually see the child.' },
    room: { q: 'Do you have a room the child could have to themselves?', help: 'Family homes and emergency homes need a room of the child\'s own.' },
    home: { q: 'Can an adult in the household be at home during the day if needed?', help: 'Emergency homes welcome children at short notice, and the child needs an adult at home at first.' },
    shortNotice: { q: 'Could you welcome a child on the same day we call?', help: 'That is what an emergency home does.' },
    longTerm: { q: 'Could you imagine a child living with you for several years?', help: 'Many children in family homes stay until they are grown up.' },
    parents: { q: 'Could you help the child keep in touch with their parents, also when it is hard?', help: 'The child\'s parents matter to the child, even when the child does not live with them.' },
    household: { q: 'Are all the adults in the household in favour of the idea?', help: 'Everyone who lives with you becomes part of the child\'s everyday life.' },
    stable: { q: 'Is life calm for you just now, with no big changes in the coming year?', help: 'For example a move, a separation or a serious illness. You can often register interest later.' },
    cooperate: { q: 'Do you want to work together with the social services, the school and others around the child?', help: 'You become part of a team around the child.' },
    record: { q: 'Would it be all right for us to check the registers, with your consent, later on?', help: 'The check is made only during the assessment, never here.' },
  },
};
