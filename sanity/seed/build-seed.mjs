// Builds the demo dataset for Nära: sanity/seed/dataset.ndjson
//
//   node sanity/seed/build-seed.mjs
//
// Plain Node ES module, no dependencies, deterministic output (no clock, no randomness).
// Everything here is a SAMPLE: "Exempelstad" does not exist. All place names, streets,
// organisations, e-mail addresses and phone numbers are invented. Phone numbers are taken
// only from the ranges the Swedish regulator (PTS) reserves for use in fiction:
// 08-465 004 00 … 08-465 004 99 and 070-174 06 00 … 070-174 06 99. The only real numbers are
// the national helplines in settings.crisisNumbers.
//
// Shape: docs/content-model.md.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), 'dataset.ndjson');

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const LANGS = ['sv', 'en', 'ar', 'fa', 'so', 'ti', 'fi', 'uk'];
const CITY = 'Exempelstad';

const paras = (v) => (Array.isArray(v) ? v : [v]);

/** Localized value → internationalized array (items in LANGS order, only the languages given). */
function loc(kind, o) {
  if (!o || o.sv == null) throw new Error(`localized value without sv: ${JSON.stringify(o)}`);
  for (const l of Object.keys(o)) if (!LANGS.includes(l)) throw new Error(`unknown language ${l}`);
  return LANGS.filter((l) => o[l] != null).map((l) => ({
    _key: l,
    _type: `internationalizedArray${kind}Value`,
    language: l,
    value: paras(o[l]).join('\n\n'),
  }));
}
const str = (o) => loc('String', o);
const txt = (o) => loc('Text', o);

/** Keep only some languages of a localized value. */
function only(o, langs) {
  const r = {};
  for (const l of langs) if (o[l] != null) r[l] = o[l];
  return r;
}

/** Fill {placeholders} in every language. */
function fill(o, vars) {
  const r = {};
  for (const [l, v] of Object.entries(o)) {
    r[l] = paras(v).map((p) => p.replace(/\{(\w+)\}/g, (_, k) => {
      if (vars[k] == null) throw new Error(`no value for {${k}}`);
      return String(vars[k]);
    }));
    if (!Array.isArray(v)) r[l] = r[l][0];
  }
  return r;
}

/** Concatenate paragraphs; the languages are those of the first part, later parts must cover them. */
function join2(first, ...rest) {
  const r = {};
  for (const l of Object.keys(first)) {
    r[l] = [...paras(first[l])];
    for (const part of rest) {
      if (part == null) continue;
      if (part[l] == null) throw new Error(`paragraph missing language ${l}`);
      r[l].push(...paras(part[l]));
    }
  }
  return r;
}

/** Same text (a place or proper name) in all languages. */
const same = (s) => Object.fromEntries(LANGS.map((l) => [l, s]));

const ref = (id) => ({ _type: 'reference', _ref: id });
const slug = (s) => ({ _type: 'slug', current: s });
const round = (x) => Math.round(x * 1e6) / 1e6;
const geo = (lat, lng) => ({ _type: 'geopoint', lat: round(lat), lng: round(lng) });
const address = (street, postalCode) => ({ _type: 'address', street, postalCode, city: CITY });

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** hours('mon-fri 08:00-16:30', 'tue 16:30-19:00', …) → openingHours array, sorted by day. */
function hours(...specs) {
  const items = [];
  for (const spec of specs) {
    const [days, span] = spec.split(' ');
    const [opens, closes] = span.split('-');
    let list;
    if (days.includes('-')) {
      const [a, b] = days.split('-');
      list = DAYS.slice(DAYS.indexOf(a), DAYS.indexOf(b) + 1);
    } else list = days.split(',');
    for (const day of list) {
      if (!DAYS.includes(day)) throw new Error(`bad day ${day}`);
      items.push({ day, opens, closes });
    }
  }
  items.sort((x, y) => DAYS.indexOf(x.day) - DAYS.indexOf(y.day) || x.opens.localeCompare(y.opens));
  const seen = {};
  return items.map((it) => {
    seen[it.day] = (seen[it.day] || 0) + 1;
    return { _key: `${it.day}-${seen[it.day]}`, _type: 'openingHours', ...it };
  });
}

// ---------------------------------------------------------------------------
// Shared texts
// ---------------------------------------------------------------------------

const NOTE = {
  christmasEve: {
    sv: `Julafton – stängt`,
    en: `Christmas Eve – closed`,
    ar: `ليلة عيد الميلاد – مغلق`,
    fa: `شب کریسمس – تعطیل`,
    so: `Habeenka Kirismaska – waa xiran yahay`,
    ti: `ዋዜማ ልደት – ዕጹው`,
    fi: `Jouluaatto – suljettu`,
    uk: `Святвечір – зачинено`,
  },
  newYearsEve: {
    sv: `Nyårsafton – stängt`,
    en: `New Year's Eve – closed`,
    ar: `ليلة رأس السنة – مغلق`,
    fa: `شب سال نو میلادی – تعطیل`,
    so: `Habeenka Sannadka Cusub – waa xiran yahay`,
    ti: `ዋዜማ ሓድሽ ዓመት – ዕጹው`,
    fi: `Uudenvuodenaatto – suljettu`,
    uk: `Переддень Нового року – зачинено`,
  },
  dayBeforeChristmasEve: {
    sv: `Dagen före julafton – stänger kl. 14:00`,
    en: `Day before Christmas Eve – closes at 14:00`,
    ar: `اليوم السابق لليلة عيد الميلاد – يغلق الساعة 14:00`,
    fa: `روز پیش از شب کریسمس – ساعت 14:00 بسته می‌شود`,
    so: `Maalinta ka horreysa Habeenka Kirismaska – wuxuu xirmayaa 14:00`,
    ti: `ቅድሚ ዋዜማ ልደት – ሰዓት 14:00 ይዕጾ`,
    fi: `Jouluaattoa edeltävä päivä – suljetaan klo 14.00`,
    uk: `День перед Святвечором – зачиняємося о 14:00`,
  },
};

const EXCEPTIONS = {
  christmasEve: { _key: 'd2026-12-24', _type: 'hoursException', date: '2026-12-24', closed: true, note: str(NOTE.christmasEve) },
  newYearsEve: { _key: 'd2026-12-31', _type: 'hoursException', date: '2026-12-31', closed: true, note: str(NOTE.newYearsEve) },
  dayBefore: (opens) => ({
    _key: 'd2026-12-23', _type: 'hoursException', date: '2026-12-23', closed: false,
    opens, closes: '14:00', note: str(NOTE.dayBeforeChristmasEve),
  }),
};

/** Accessibility sentences, combined per office/clinic. */
const ACC = {
  stepFree: {
    sv: `Entrén ligger i markplan, utan trappsteg.`,
    en: `The entrance is at street level, with no steps.`,
    ar: `المدخل في مستوى الشارع، بدون درجات.`,
    fa: `ورودی هم‌سطح خیابان است و پله ندارد.`,
    so: `Albaabka laga soo galo wuxuu la siman yahay waddada, jaranjaro ma leh.`,
    ti: `መእተዊ ምስ ጎደና ማዕረ እዩ፡ ደረጃ የብሉን።`,
    fi: `Sisäänkäynti on katutasossa, eikä siinä ole portaita.`,
    uk: `Вхід на рівні вулиці, без сходинок.`,
  },
  ramp: {
    sv: `Det finns en ramp vid entrén.`,
    en: `There is a ramp at the entrance.`,
    ar: `يوجد منحدر للكراسي المتحركة عند المدخل.`,
    fa: `کنار ورودی یک رمپ برای ویلچر هست.`,
    so: `Albaabka agtiisa waxaa yaal jid janjeera oo loogu talagalay kuraasta curyaamiinta.`,
    ti: `ኣብ መእተዊ ንዓረብያ ስንኩላን ዝኸውን ራምፕ ኣሎ።`,
    fi: `Sisäänkäynnin luona on luiska.`,
    uk: `Біля входу є пандус.`,
  },
  upstairs: {
    sv: `Lokalen ligger en trappa upp.`,
    en: `The premises are one floor up.`,
    ar: `يقع المكان في الطابق الأول فوق الأرضي.`,
    fa: `محل در طبقهٔ اول (یک طبقه بالاتر از همکف) است.`,
    so: `Xarunta waxay ku taal dabaqa koowaad, hal dabaq oo kor ah.`,
    ti: `እቲ ቦታ ኣብ ቀዳማይ ደርቢ፡ ሓደ ደርቢ ንላዕሊ እዩ ዘሎ።`,
    fi: `Tilat ovat toisessa kerroksessa.`,
    uk: `Приміщення розташоване на другому поверсі.`,
  },
  lift: {
    sv: `Det finns hiss till alla våningar.`,
    en: `There is a lift to all floors.`,
    ar: `يوجد مصعد إلى جميع الطوابق.`,
    fa: `آسانسور به همهٔ طبقه‌ها می‌رود.`,
    so: `Waxaa jira wiish gaadha dabaqyada oo dhan.`,
    ti: `ናብ ኩሉ ደርቢ ዝበጽሕ ሊፍት ኣሎ።`,
    fi: `Kaikkiin kerroksiin pääsee hissillä.`,
    uk: `Є ліфт на всі поверхи.`,
  },
  toilet: {
    sv: `Det finns en tillgänglig toalett.`,
    en: `There is an accessible toilet.`,
    ar: `يوجد مرحاض مهيأ لذوي الإعاقة.`,
    fa: `یک سرویس بهداشتی مناسب برای افراد دارای معلولیت هست.`,
    so: `Waxaa jira musqul ay isticmaali karaan dadka naafada ah.`,
    ti: `ንሰባት ምስ ስንክልና ዝጥዕም ሽቓቕ ኣሎ።`,
    fi: `Tiloissa on esteetön wc.`,
    uk: `Є доступний туалет для людей з інвалідністю.`,
  },
  loop: {
    sv: `Det finns hörslinga i receptionen.`,
    en: `There is a hearing loop at the reception.`,
    ar: `يوجد نظام حلقة سمعية في مكتب الاستقبال لمستخدمي السماعات.`,
    fa: `در پذیرش، حلقهٔ القایی برای کاربران سمعک نصب شده است.`,
    so: `Miiska soo dhoweynta waxaa yaal qalab caawiya dadka isticmaala qalabka maqalka.`,
    ti: `ኣብ መቐበሊ ኣጋይሽ ንተጠቀምቲ መሳርሒ ምስማዕ ዝሕግዝ ሉፕ ኣሎ።`,
    fi: `Vastaanotossa on induktiosilmukka.`,
    uk: `На рецепції є індукційна петля для людей зі слуховими апаратами.`,
  },
  parking: {
    sv: `Det finns parkering för rörelsehindrade nära entrén.`,
    en: `There is disabled parking close to the entrance.`,
    ar: `يوجد موقف سيارات لذوي الإعاقة قريب من المدخل.`,
    fa: `نزدیک ورودی، جای پارک برای افراد دارای معلولیت هست.`,
    so: `Meel baabuur la dhigto oo loogu talagalay dadka naafada ah ayaa u dhow albaabka.`,
    ti: `ኣብ ጥቓ መእተዊ ንሰባት ምስ ስንክልና ዝኸውን ቦታ ምዕሻግ መኪና ኣሎ።`,
    fi: `Liikkumisesteisten pysäköintipaikka on lähellä sisäänkäyntiä.`,
    uk: `Біля входу є паркування для людей з інвалідністю.`,
  },
  quiet: {
    sv: `Det finns ett lugnt väntrum om du inte vill vänta bland andra.`,
    en: `There is a quiet waiting room if you prefer not to wait with others.`,
    ar: `توجد غرفة انتظار هادئة إذا كنت لا تريد الانتظار مع الآخرين.`,
    fa: `اگر نمی‌خواهید کنار دیگران منتظر بمانید، یک اتاق انتظار آرام هست.`,
    so: `Waxaa jira qol sugitaan oo deggan haddii aadan rabin inaad dadka kale la sugto.`,
    ti: `ምስ ካልኦት ክትጽበዩ እንተዘይደሊኹም፡ ህዱእ ክፍሊ መጸበዪ ኣሎ።`,
    fi: `Tiloissa on rauhallinen odotushuone, jos et halua odottaa muiden kanssa.`,
    uk: `Є тиха кімната очікування, якщо ви не хочете чекати разом з іншими.`,
  },
};

/** Accessibility text from feature sentences; `langs` limits the languages, `extra` adds sv sentences. */
function accessibility(features, langs = LANGS, extraSv = '') {
  const r = {};
  for (const l of langs) r[l] = features.map((f) => ACC[f][l]).join(' ');
  if (extraSv) r.sv = `${r.sv} ${extraSv}`;
  return txt(r);
}

// ---------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------

const ALWAYS = {
  sv: `Dygnet runt, alla dagar`,
  en: `24 hours a day, every day`,
  ar: `على مدار الساعة، كل يوم`,
  fa: `شبانه‌روزی، هر روز`,
  so: `24 saacadood, maalin kasta`,
  ti: `24 ሰዓት፡ ኩሉ መዓልቲ`,
  fi: `Ympäri vuorokauden, joka päivä`,
  uk: `Цілодобово, щодня`,
};

const crisisNumbers = [
  {
    key: 'c112', number: '112', tel: '112',
    name: {
      sv: `112 – SOS Alarm`,
      en: `112 – Emergency (SOS Alarm)`,
      ar: `112 – الطوارئ (SOS Alarm)`,
      fa: `112 – اورژانس (SOS Alarm)`,
      so: `112 – Gurmad degdeg ah (SOS Alarm)`,
      ti: `112 – ህጹጽ ረድኤት (SOS Alarm)`,
      fi: `112 – Hätänumero (SOS Alarm)`,
      uk: `112 – Екстрена допомога (SOS Alarm)`,
    },
    description: {
      sv: `Ring 112 när det är akut och någons liv, hälsa, egendom eller miljö är i fara. SOS Alarm svarar och skickar polis, ambulans eller räddningstjänst.`,
      en: `Call 112 in an emergency, when someone's life, health, property or the environment is in danger. SOS Alarm answers and sends the police, an ambulance or the fire and rescue service.`,
      ar: `اتصل بالرقم 112 في حالات الطوارئ، عندما تكون حياة شخص أو صحته أو ممتلكاته أو البيئة في خطر. يرد عليك SOS Alarm ويرسل الشرطة أو الإسعاف أو فرق الإنقاذ.`,
      fa: `در موقعیت اضطراری، وقتی جان، سلامت، اموال کسی یا محیط زیست در خطر است، با 112 تماس بگیرید. SOS Alarm پاسخ می‌دهد و پلیس، آمبولانس یا آتش‌نشانی را می‌فرستد.`,
      so: `Wac 112 marka ay xaalad degdeg ah jirto oo nolosha, caafimaadka ama hantida qof, ama deegaanku khatar ku jiraan. SOS Alarm ayaa ku jawaabaya oo soo diraya booliska, gaadhiga gurmadka ama dab-demiska.`,
      ti: `ህይወት፡ ጥዕና፡ ንብረት ሰብ ወይ ከባቢ ኣብ ሓደጋ ምስ ዝህሉ ናብ 112 ደውሉ። SOS Alarm ይምልሽ፡ ፖሊስ፡ ኣምቡላንስ ወይ ሓለውቲ ሓዊ ድማ ይሰድድ።`,
      fi: `Soita 112, kun on kiire ja jonkun henki, terveys, omaisuus tai ympäristö on vaarassa. SOS Alarm vastaa ja lähettää poliisin, ambulanssin tai pelastuslaitoksen.`,
      uk: `Телефонуйте 112 у надзвичайній ситуації, коли під загрозою життя, здоров'я, майно людини чи довкілля. Вам відповість SOS Alarm і направить поліцію, швидку допомогу або рятувальників.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'c1177', number: '1177', tel: '1177',
    name: {
      sv: `1177 Vårdguiden – sjukvårdsrådgivning`,
      en: `1177 Vårdguiden – healthcare advice`,
      ar: `1177 Vårdguiden – الاستشارات الصحية`,
      fa: `1177 Vårdguiden – مشاورهٔ پزشکی`,
      so: `1177 Vårdguiden – talo caafimaad`,
      ti: `1177 Vårdguiden – ምኽሪ ጥዕና`,
      fi: `1177 Vårdguiden – terveysneuvonta`,
      uk: `1177 Vårdguiden – медичні консультації`,
    },
    description: {
      sv: `1177 Vårdguiden är sjukvårdens rådgivning i hela Sverige. Ring om du blir sjuk och vill ha råd av en sjuksköterska. De hjälper dig att hitta rätt vård.`,
      en: `1177 Vårdguiden is the healthcare advice service for all of Sweden. Call if you are ill and want advice from a nurse. They help you find the right care.`,
      ar: `1177 Vårdguiden هي خدمة الاستشارات الصحية في كل أنحاء السويد. اتصل إذا مرضت وأردت نصيحة من ممرض أو ممرضة. سيساعدونك في الوصول إلى الرعاية المناسبة.`,
      fa: `1177 Vårdguiden خدمت مشاورهٔ درمانی در سراسر سوئد است. اگر بیمار شدید و از پرستار راهنمایی می‌خواهید تماس بگیرید. آن‌ها کمک می‌کنند مراقبت درست را پیدا کنید.`,
      so: `1177 Vårdguiden waa adeegga talo-bixinta caafimaadka ee Iswiidhan oo dhan. Wac haddii aad jirato oo aad talo ka rabto kalkaaliye caafimaad. Waxay kaa caawinayaan inaad hesho daryeelka saxda ah.`,
      ti: `1177 Vårdguiden ኣብ መላእ ሽወደን ናይ ምኽሪ ጥዕና ኣገልግሎት እዩ። እንተሓሚምኩም ካብ ነርስ ምኽሪ ክትረኽቡ እንተደሊኹም ደውሉ። ግቡእ ሕክምና ንምርካብ ይሕግዙኹም።`,
      fi: `1177 Vårdguiden on koko Ruotsin terveysneuvontapalvelu. Soita, jos sairastut ja haluat neuvoa sairaanhoitajalta. He auttavat sinua löytämään oikean hoitopaikan.`,
      uk: `1177 Vårdguiden – це служба медичних консультацій для всієї Швеції. Телефонуйте, якщо захворіли й хочете поради медсестри. Вам допоможуть знайти потрібну медичну допомогу.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'c11414', number: '114 14', tel: '11414',
    name: {
      sv: `Polisen 114 14 – när det inte är akut`,
      en: `Police 114 14 – non-emergency`,
      ar: `الشرطة 114 14 – في الحالات غير الطارئة`,
      fa: `پلیس 114 14 – موارد غیراضطراری`,
      so: `Booliska 114 14 – marka aysan degdeg ahayn`,
      ti: `ፖሊስ 114 14 – ህጹጽ ኣብ ዘይኮነሉ`,
      fi: `Poliisi 114 14 – kun ei ole kiire`,
      uk: `Поліція 114 14 – не екстрені випадки`,
    },
    description: {
      sv: `Ring 114 14 för att anmäla brott, lämna tips eller fråga polisen om något när det inte är bråttom. Pågår något just nu – ring 112.`,
      en: `Call 114 14 to report a crime, give the police information or ask them something when it is not urgent. If something is happening right now, call 112.`,
      ar: `اتصل بالرقم 114 14 للإبلاغ عن جريمة أو لإعطاء معلومات للشرطة أو لسؤالها عن شيء عندما لا يكون الأمر عاجلاً. إذا كان هناك شيء يحدث الآن، اتصل بالرقم 112.`,
      fa: `برای گزارش جرم، دادن اطلاعات به پلیس یا پرسیدن سؤال، وقتی موضوع فوری نیست، با 114 14 تماس بگیرید. اگر همین حالا اتفاقی در جریان است، با 112 تماس بگیرید.`,
      so: `Wac 114 14 si aad u soo sheegto dambi, booliska u siiso macluumaad ama wax u weydiiso marka aysan arrintu degdeg ahayn. Haddii ay wax hadda dhacayaan, wac 112.`,
      ti: `ህጹጽ ኣብ ዘይኮነሉ፡ ገበን ንምሕባር፡ ንፖሊስ ሓበሬታ ንምሃብ ወይ ንምሕታት ናብ 114 14 ደውሉ። ሕጂ ዝኸይድ ዘሎ ነገር እንተሃልዩ ናብ 112 ደውሉ።`,
      fi: `Soita 114 14, kun haluat tehdä rikosilmoituksen, antaa poliisille vihjeen tai kysyä jotakin eikä asialla ole kiire. Jos jotain tapahtuu juuri nyt, soita 112.`,
      uk: `Телефонуйте 114 14, щоб повідомити про злочин, передати поліції інформацію або щось запитати, коли справа не термінова. Якщо щось відбувається просто зараз – телефонуйте 112.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'cbris', number: '116 111', tel: '116111',
    name: {
      sv: `BRIS 116 111 – för barn och unga`,
      en: `BRIS 116 111 – for children and young people`,
      ar: `BRIS 116 111 – للأطفال واليافعين`,
      fa: `BRIS 116 111 – برای کودکان و نوجوانان`,
      so: `BRIS 116 111 – carruurta iyo dhallinyarada`,
      ti: `BRIS 116 111 – ንቆልዑን መንእሰያትን`,
      fi: `BRIS 116 111 – lapsille ja nuorille`,
      uk: `BRIS 116 111 – для дітей і підлітків`,
    },
    description: {
      sv: `BRIS (Barnens rätt i samhället) är en stödlinje för dig som är under 18 år. Du kan prata med en kurator om vad som helst. Det är gratis, du kan vara anonym och samtalet syns inte på telefonräkningen.`,
      en: `BRIS (Children's Rights in Society) is a helpline for anyone under 18. You can talk to a counsellor about anything. It is free, you can stay anonymous and the call does not show on the phone bill.`,
      ar: `BRIS (حقوق الطفل في المجتمع) هو خط دعم لكل من هو دون 18 عامًا. يمكنك التحدث مع مرشد عن أي شيء. المكالمة مجانية، ويمكنك عدم ذكر اسمك، ولا تظهر في فاتورة الهاتف.`,
      fa: `BRIS (حقوق کودکان در جامعه) خط حمایتی برای افراد زیر 18 سال است. می‌توانی دربارهٔ هر چیزی با یک مشاور صحبت کنی. تماس رایگان است، می‌توانی ناشناس بمانی و تماس در قبض تلفن دیده نمی‌شود.`,
      so: `BRIS (Xuquuqda Carruurta ee Bulshada) waa khad taageero oo loogu talagalay qof kasta oo ka yar 18 sano. Waxaad la hadli kartaa la-taliye wax kasta oo ku saabsan. Waa bilaash, magacaaga ma sheegaysid haddii aadan rabin, wicitaankuna kuma muuqdo biilka taleefanka.`,
      ti: `BRIS (መሰል ቆልዑ ኣብ ሕብረተሰብ) ንዝኾነ ትሕቲ 18 ዓመት ዘሎ ናይ ደገፍ መስመር እዩ። ብዛዕባ ዝኾነ ነገር ምስ ኣማኻሪ ክትዛረብ ትኽእል። ብናጻ እዩ፡ ስምካ ከይገለጽካ ክትዛረብ ትኽእል፡ እቲ ጻውዒት ድማ ኣብ ሕሳብ ተሌፎን ኣይርአን።`,
      fi: `BRIS (Lasten oikeudet yhteiskunnassa) on tukipuhelin kaikille alle 18-vuotiaille. Voit puhua kuraattorin kanssa mistä tahansa. Puhelu on maksuton, voit olla nimetön, eikä puhelu näy puhelinlaskussa.`,
      uk: `BRIS («Права дітей у суспільстві») – це лінія підтримки для всіх, кому ще немає 18 років. Можна поговорити з консультантом про будь-що. Дзвінок безкоштовний, можна залишатися анонімним, і він не відображається в рахунку за телефон.`,
    },
    hours: ALWAYS,
  },
  {
    key: 'ckvinnofrid', number: '020-50 50 50', tel: '020505050',
    name: {
      sv: `Kvinnofridslinjen 020-50 50 50`,
      en: `Kvinnofridslinjen 020-50 50 50 – violence against women`,
      ar: `Kvinnofridslinjen 020-50 50 50 – العنف ضد المرأة`,
      fa: `Kvinnofridslinjen 020-50 50 50 – خشونت علیه زنان`,
      so: `Kvinnofridslinjen 020-50 50 50 – rabshadda ka dhanka ah haweenka`,
      ti: `Kvinnofridslinjen 020-50 50 50 – ግህሰት ኣብ ልዕሊ ደቂ ኣንስትዮ`,
      fi: `Kvinnofridslinjen 020-50 50 50 – naisiin kohdistuva väkivalta`,
      uk: `Kvinnofridslinjen 020-50 50 50 – насильство щодо жінок`,
    },
    description: {
      sv: `Kvinnofridslinjen är en nationell stödlinje för dig som har blivit utsatt för hot, våld eller sexuellt våld – och för dig som är anhörig. Samtalet är gratis och syns inte på telefonräkningen. Du kan få tolk.`,
      en: `Kvinnofridslinjen is the Swedish national helpline for women who have been subjected to threats, violence or sexual violence, and for their family and friends. The call is free and does not show on the phone bill. You can get an interpreter.`,
      ar: `Kvinnofridslinjen هو خط الدعم الوطني في السويد للنساء اللواتي تعرّضن للتهديد أو العنف أو العنف الجنسي، ولأقاربهن وأصدقائهن. المكالمة مجانية ولا تظهر في فاتورة الهاتف. يمكنك الحصول على مترجم.`,
      fa: `Kvinnofridslinjen خط حمایتی سراسری سوئد برای زنانی است که تهدید، خشونت یا خشونت جنسی را تجربه کرده‌اند، و برای بستگان و دوستانشان. تماس رایگان است و در قبض تلفن دیده نمی‌شود. می‌توانید مترجم داشته باشید.`,
      so: `Kvinnofridslinjen waa khadka taageerada qaran ee Iswiidhan oo loogu talagalay haweenka loo geystay hanjabaad, rabshad ama xadgudub galmo, iyo sidoo kale qoyskooda iyo saaxiibadood. Wicitaanku waa bilaash, kumana muuqdo biilka taleefanka. Waxaad heli kartaa turjumaan.`,
      ti: `Kvinnofridslinjen ኣብ ሽወደን ንደቂ ኣንስትዮ ፈራሕ፡ ግህሰት ወይ ጾታዊ ግህሰት ዝወረደን፡ ከምኡ'ውን ንቤተሰበንን ኣዕሩኽተንን ዝኸውን ሃገራዊ ናይ ደገፍ መስመር እዩ። እቲ ጻውዒት ብናጻ እዩ፡ ኣብ ሕሳብ ተሌፎን ድማ ኣይርአን። ተርጓሚ ክትረኽባ ትኽእላ።`,
      fi: `Kvinnofridslinjen on Ruotsin valtakunnallinen tukipuhelin naisille, jotka ovat kokeneet uhkailua, väkivaltaa tai seksuaalista väkivaltaa, sekä heidän läheisilleen. Puhelu on maksuton, eikä se näy puhelinlaskussa. Voit saada tulkin.`,
      uk: `Kvinnofridslinjen – національна лінія підтримки у Швеції для жінок, які зазнали погроз, насильства чи сексуального насильства, а також для їхніх близьких. Дзвінок безкоштовний і не відображається в рахунку за телефон. Можна отримати перекладача.`,
    },
    hours: {
      sv: `Dygnet runt, alla dagar – gratis`,
      en: `24 hours a day, every day – free of charge`,
      ar: `على مدار الساعة، كل يوم – مجانًا`,
      fa: `شبانه‌روزی، هر روز – رایگان`,
      so: `24 saacadood, maalin kasta – bilaash`,
      ti: `24 ሰዓት፡ ኩሉ መዓልቲ – ብናጻ`,
      fi: `Ympäri vuorokauden, joka päivä – maksuton`,
      uk: `Цілодобово, щодня – безкоштовно`,
    },
  },
  {
    key: 'csjalvmord', number: '90101', tel: '90101',
    name: {
      sv: `Självmordslinjen 90101`,
      en: `Självmordslinjen 90101 – suicide prevention helpline`,
      ar: `Självmordslinjen 90101 – خط الوقاية من الانتحار`,
      fa: `Självmordslinjen 90101 – خط پیشگیری از خودکشی`,
      so: `Självmordslinjen 90101 – khadka ka hortagga isdilka`,
      ti: `Självmordslinjen 90101 – መስመር ምክልኻል ነብሰ-ቕትለት`,
      fi: `Självmordslinjen 90101 – itsemurhien ehkäisyn tukipuhelin`,
      uk: `Självmordslinjen 90101 – лінія запобігання самогубствам`,
    },
    description: {
      sv: `Självmordslinjen är till för dig som har tankar på att ta ditt liv, och för dig som oroar dig för någon annan. Du kan vara anonym. Det finns också en chatt.`,
      en: `Självmordslinjen (the Suicide Line) is for you if you have thoughts of taking your own life, or if you are worried about someone else. You can stay anonymous. There is also a chat.`,
      ar: `Självmordslinjen (خط الانتحار) مخصص لك إذا كانت تراودك أفكار عن إنهاء حياتك، أو إذا كنت قلقًا على شخص آخر. يمكنك عدم ذكر اسمك. توجد أيضًا خدمة دردشة.`,
      fa: `Självmordslinjen (خط خودکشی) برای کسی است که به پایان دادن به زندگی‌اش فکر می‌کند، یا نگران کس دیگری است. می‌توانید ناشناس بمانید. گفت‌وگوی آنلاین (چت) هم وجود دارد.`,
      so: `Självmordslinjen (Khadka Isdilka) waxaa loogu talagalay haddii ay kugu soo dhacaan fikrado ah inaad naftaada qaaddo, ama haddii aad qof kale u walwalsan tahay. Magacaaga ma sheegaysid haddii aadan rabin. Waxaa sidoo kale jira chat.`,
      ti: `Självmordslinjen (መስመር ነብሰ-ቕትለት) ንሓሳብ ህይወትካ ምውሳድ ዘለካ፡ ወይ ብዛዕባ ካልእ ሰብ ዝተሻቐልካ እዩ። ስምካ ከይገለጽካ ክትዛረብ ትኽእል። ቻት'ውን ኣሎ።`,
      fi: `Självmordslinjen (Itsemurhalinja) on sinulle, jos sinulla on ajatuksia oman henkesi riistämisestä tai jos olet huolissasi jostakusta toisesta. Voit olla nimetön. Myös chat on käytössä.`,
      uk: `Självmordslinjen («Лінія самогубств») – для тих, хто думає про те, щоб позбавити себе життя, або хто хвилюється за іншу людину. Можна залишатися анонімним. Є також чат.`,
    },
    hours: ALWAYS,
  },
];

const settings = {
  _id: 'settings',
  _type: 'settings',
  municipalityName: str({
    sv: `Exempelstad kommun`,
    en: `Exempelstad municipality (sample)`,
    ar: `بلدية Exempelstad (نموذج تجريبي)`,
    fa: `شهرداری Exempelstad (نمونهٔ آزمایشی)`,
    so: `Degmada Exempelstad (tusaale)`,
    ti: `ምምሕዳር Exempelstad (ኣብነት)`,
    fi: `Exempelstadin kunta (esimerkki)`,
    uk: `Муніципалітет Exempelstad (демонстраційний приклад)`,
  }),
  isSample: true,
  quickExitUrl: 'https://www.smhi.se/',
  generalContact: {
    phone: '08-465 004 00',
    email: 'nara@exempelstad.example',
    address: address('Rådhustorget 1', '990 60'),
  },
  crisisNumbers: crisisNumbers.map((c) => ({
    _key: c.key,
    _type: 'crisisNumber',
    name: str(c.name),
    number: c.number,
    tel: c.tel,
    description: txt(c.description),
    hours: str(c.hours),
  })),
};

// ---------------------------------------------------------------------------
// Areas: a 4 × 2 grid over lat 60.00–60.12, lng 15.00–15.30.
// Every internal edge has a nudged midpoint shared by both neighbours, so the
// areas still tile the municipality without gaps or overlaps. Outer edges are straight.
// ---------------------------------------------------------------------------

const LNG = [15.0, 15.075, 15.15, 15.225, 15.3]; // column edges, west → east
const LAT = [60.12, 60.06, 60.0]; // row edges, north → south
// Midpoint nudges (degrees of longitude) on the internal vertical edges, per row.
const V_NUDGE = { 1: [0.004, -0.003], 2: [-0.004, 0.005], 3: [0.003, -0.004] };
// Midpoint nudges (degrees of latitude) on the internal horizontal edge (lat 60.06), per column.
const H_NUDGE = [0.003, -0.004, 0.004, -0.003];

function boundary(col, row) {
  const w = LNG[col], e = LNG[col + 1], n = LAT[row], s = LAT[row + 1];
  const midLat = (n + s) / 2, midLng = (w + e) / 2;
  const pts = [[n, w]];
  if (row === 1) pts.push([n + H_NUDGE[col], midLng]); // north edge is internal
  pts.push([n, e]);
  if (col < 3) pts.push([midLat, e + V_NUDGE[col + 1][row]]); // east edge is internal
  pts.push([s, e]);
  if (row === 0) pts.push([s + H_NUDGE[col], midLng]); // south edge is internal
  pts.push([s, w]);
  if (col > 0) pts.push([midLat, w + V_NUDGE[col][row]]); // west edge is internal
  return pts.map(([lat, lng], i) => ({ _key: `p${i + 1}`, ...geo(lat, lng) }));
}

const AREAS = [
  {
    slug: 'norrgardet', name: 'Norrgärdet', col: 0, row: 0,
    postalCodes: ['990 10', '990 11', '990 12', '990 13', '990 14'],
    summary: {
      sv: `Villor, radhus och skog längst i norr.`,
      en: `Houses, terraced homes and forest in the far north.`,
      ar: `منازل مستقلة ومنازل متلاصقة وغابة في أقصى الشمال.`,
      fa: `خانه‌های ویلایی، خانه‌های ردیفی و جنگل در شمالی‌ترین بخش شهر.`,
      so: `Guryo gaar ah, guryo isku xiran iyo kayn, waqooyiga fog.`,
      ti: `ኣብ ጫፍ ሰሜን ዘለዉ ውልቃዊ ኣባይቲ፡ ተኣሳሲሮም ዝተሰርሑ ኣባይትን ጫካን።`,
      fi: `Omakotitaloja, rivitaloja ja metsää aivan pohjoisessa.`,
      uk: `Приватні будинки, таунхауси й ліс на самій півночі.`,
    },
    description: {
      sv: [`Norrgärdet är ett lugnt bostadsområde med villor, radhus och några låga hyreshus. Skogen och elljusspåret ligger precis intill.`, `Områdeskontoret ligger vid Norrgärdets torg. Där kan du få råd och stöd, eller bara komma in och fråga.`],
      en: [`Norrgärdet is a quiet residential area with detached houses, terraced houses and a few low-rise blocks of flats. The forest and the lit running track are right next door.`, `The area office is on Norrgärdets torg, the local square. You can get advice and support there, or just drop in and ask a question.`],
      ar: [`Norrgärdet حي سكني هادئ فيه منازل مستقلة ومنازل متلاصقة وبعض العمارات السكنية المنخفضة. الغابة ومسار الجري المضاء قريبان جدًا.`, `يقع مكتب المنطقة في ساحة Norrgärdets torg. هناك يمكنك الحصول على النصيحة والدعم، أو المرور فقط لطرح سؤال.`],
      fa: [`Norrgärdet محله‌ای مسکونی و آرام با خانه‌های ویلایی، خانه‌های ردیفی و چند ساختمان آپارتمانی کم‌ارتفاع است. جنگل و مسیر دویدنِ چراغ‌دار درست کنار آن است.`, `دفتر محله در میدان Norrgärdets torg است. آنجا می‌توانید مشاوره و حمایت بگیرید، یا فقط سر بزنید و سؤالتان را بپرسید.`],
      so: [`Norrgärdet waa xaafad deggan oo leh guryo gaar ah, guryo isku xiran iyo dhowr dhismo oo kiro ah oo gaagaaban. Kaynta iyo jidka orodka ee nalalka leh ayaa ku xiga.`, `Xafiiska xaafadda wuxuu ku yaal fagaaraha Norrgärdets torg. Halkaas waxaad ka heli kartaa talo iyo taageero, ama kaliya soo gal oo wax weydii.`],
      ti: [`Norrgärdet ህዱእ ናይ መንበሪ ከባቢ እዩ፡ ውልቃዊ ኣባይቲ፡ ተኣሳሲሮም ዝተሰርሑ ኣባይትን ቁሩብ ሓጸርቲ ህንጻታት ክራይን ኣለውዎ። ጫካን ብመብራህቲ ዝበርህ መጐያዪ መንገዲን ኣብ ጥቓኡ እዮም።`, `ቤት ጽሕፈት ከባቢ ኣብ Norrgärdets torg ይርከብ። ኣብኡ ምኽርን ደገፍን ክትረኽቡ፡ ወይ ብቐሊሉ ኣቲኹም ክትሓቱ ትኽእሉ።`],
      fi: [`Norrgärdet on rauhallinen asuinalue, jossa on omakotitaloja, rivitaloja ja muutama matala kerrostalo. Metsä ja valaistu kuntorata ovat aivan vieressä.`, `Aluetoimisto on Norrgärdets torg -aukion laidalla. Sieltä saat neuvoja ja tukea, tai voit vain poiketa kysymään.`],
      uk: [`Norrgärdet – тихий житловий район із приватними будинками, таунхаусами та кількома невисокими багатоквартирними будинками. Зовсім поруч – ліс і освітлена бігова доріжка.`, `Районний офіс розташований на площі Norrgärdets torg. Там можна отримати пораду й підтримку або просто зайти й запитати.`],
    },
  },
  {
    slug: 'ekbacken', name: 'Ekbacken', col: 1, row: 0,
    postalCodes: ['990 20', '990 21', '990 22', '990 23'],
    summary: {
      sv: `Hyreshus runt en stor park, med skola och fritidsgård.`,
      en: `Blocks of flats around a big park, with a school and a youth centre.`,
      ar: `عمارات سكنية حول حديقة كبيرة، مع مدرسة ونادٍ للشباب.`,
      fa: `ساختمان‌های اجاره‌ای دور یک پارک بزرگ، با مدرسه و خانهٔ جوانان.`,
      so: `Guryo kiro ah oo ku wareegsan beer weyn, leh dugsi iyo xarun madadaalo oo dhallinyarada ah.`,
      ti: `ኣብ ዙርያ ዓቢ ፓርክ ዘለዉ ህንጻታት ክራይ፡ ምስ ቤት ትምህርትን ማእከል መዘናግዒ መንእሰያትን።`,
      fi: `Vuokrataloja suuren puiston ympärillä, lähellä koulu ja nuorisotalo.`,
      uk: `Багатоквартирні будинки навколо великого парку, зі школою та молодіжним центром.`,
    },
    description: {
      sv: [`Ekbacken har många hyreshus runt den stora ekparken. Här finns en grundskola, en fritidsgård och en ungdomsmottagning.`, `Flera föreningar har verksamhet här, till exempel läxhjälp, schack och föräldracafé. Kom förbi områdeskontoret om du vill veta mer.`],
      en: [`Ekbacken has many blocks of rented flats around the big oak park. There is a primary school, a youth centre and a youth clinic.`, `Several associations run activities here, such as homework help, chess and a parents' café. Drop by the area office if you want to know more.`],
      ar: [`في Ekbacken عمارات سكنية كثيرة للإيجار حول حديقة البلوط الكبيرة. يوجد هنا مدرسة أساسية ونادٍ للشباب وعيادة للشباب.`, `تنظّم عدة جمعيات أنشطة هنا، مثل المساعدة في الواجبات المدرسية والشطرنج ومقهى لأولياء الأمور. مرّ على مكتب المنطقة إذا أردت معرفة المزيد.`],
      fa: [`در Ekbacken ساختمان‌های اجاره‌ای زیادی دور پارک بزرگ بلوط‌ها هست. اینجا یک مدرسه، یک خانهٔ جوانان و یک درمانگاه جوانان وجود دارد.`, `چند انجمن اینجا فعالیت دارند، مثلاً کمک در تکالیف مدرسه، شطرنج و کافهٔ والدین. اگر می‌خواهید بیشتر بدانید، به دفتر محله سر بزنید.`],
      so: [`Ekbacken waxaa ku yaal guryo kiro ah oo badan oo ku wareegsan beerta weyn ee geedaha eek-ga. Halkan waxaa ku yaal dugsi hoose, xarun madadaalo oo dhallinyarada ah iyo rugta caafimaadka dhallinyarada.`, `Ururro dhowr ah ayaa halkan hawlo ka wada, sida caawinta casharrada guriga, chess-ka iyo kafeega waalidiinta. Ku soo maro xafiiska xaafadda haddii aad rabto inaad wax badan ogaato.`],
      ti: [`ኣብ Ekbacken ኣብ ዙርያ ዓቢ ፓርክ ኦክ ብዙሓት ህንጻታት ክራይ ኣለዉ። ኣብዚ ቀዳማይ ደረጃ ቤት ትምህርቲ፡ ማእከል መዘናግዒ መንእሰያትን ክሊኒክ መንእሰያትን ኣለዉ።`, `ብዙሓት ማሕበራት ኣብዚ ንጥፈታት የካይዱ፡ ንኣብነት ሓገዝ ዕዮ-ገዛ፡ ቸስን ቤት ቡን ወለድን። ዝያዳ ክትፈልጡ እንተደሊኹም ናብ ቤት ጽሕፈት ከባቢ ብጽሑ።`],
      fi: [`Ekbackenissa on paljon vuokrataloja suuren tammipuiston ympärillä. Alueella on peruskoulu, nuorisotalo ja nuorisovastaanotto.`, `Monet yhdistykset järjestävät täällä toimintaa, esimerkiksi läksyapua, shakkia ja vanhempien kahvilaa. Poikkea aluetoimistoon, jos haluat tietää lisää.`],
      uk: [`В Ekbacken багато орендних багатоквартирних будинків навколо великого дубового парку. Тут є школа, молодіжний центр і молодіжна клініка.`, `Кілька асоціацій організовують тут заходи, наприклад допомогу з домашніми завданнями, шахи та кав'ярню для батьків. Зайдіть до районного офісу, якщо хочете дізнатися більше.`],
    },
  },
  {
    slug: 'lindvallen', name: 'Lindvallen', col: 2, row: 0,
    postalCodes: ['990 30', '990 31', '990 32', '990 33', '990 34', '990 35'],
    summary: {
      sv: `Bostäder, idrottsplats och bibliotek längs Lindallén.`,
      en: `Homes, a sports ground and a library along Lindallén.`,
      ar: `مساكن وملعب رياضي ومكتبة على طول Lindallén.`,
      fa: `خانه‌ها، زمین ورزشی و کتابخانه در امتداد Lindallén.`,
      so: `Guryo, garoon isboorti iyo maktabad ku teedsan Lindallén.`,
      ti: `ኣብ ጎድኒ Lindallén ዘለዉ መንበሪ ኣባይቲ፡ ሜዳ ስፖርትን ቤተ-መጻሕፍትን።`,
      fi: `Asuntoja, urheilukenttä ja kirjasto Lindallénin varrella.`,
      uk: `Житло, спортивний майданчик і бібліотека вздовж Lindallén.`,
    },
    description: {
      sv: [`Lindvallen är ett område med hyreshus och bostadsrätter längs Lindallén. Idrottsplatsen, Lindvallshallen och Lindvallsskolan är viktiga mötesplatser.`, `Här finns en ungdomsmottagning och ett språkcafé på biblioteket. Områdeskontoret hjälper dig att hitta rätt stöd.`],
      en: [`Lindvallen has rented and owner-occupied flats along Lindallén. The sports ground, the Lindvallshallen sports hall and Lindvallsskolan school are important meeting places.`, `There is a youth clinic here and a language café at the library. The area office helps you find the right support.`],
      ar: [`Lindvallen منطقة فيها شقق للإيجار وشقق مملوكة على طول Lindallén. الملعب الرياضي وصالة Lindvallshallen ومدرسة Lindvallsskolan أماكن مهمة للقاء.`, `توجد هنا عيادة للشباب ومقهى لغوي في المكتبة. يساعدك مكتب المنطقة في إيجاد الدعم المناسب.`],
      fa: [`Lindvallen محله‌ای با آپارتمان‌های اجاره‌ای و ملکی در امتداد Lindallén است. زمین ورزشی، سالن ورزشی Lindvallshallen و مدرسهٔ Lindvallsskolan جاهای مهمی برای دیدار مردم‌اند.`, `اینجا یک درمانگاه جوانان و یک کافهٔ زبان در کتابخانه هست. دفتر محله کمکتان می‌کند حمایت مناسب را پیدا کنید.`],
      so: [`Lindvallen waa xaafad leh guryo kiro ah iyo guryo la leeyahay oo ku teedsan Lindallén. Garoonka isboortiga, hoolka Lindvallshallen iyo dugsiga Lindvallsskolan waa goobo muhiim ah oo dadku ku kulmaan.`, `Halkan waxaa ku yaal rugta caafimaadka dhallinyarada iyo kafee luqadeed oo maktabadda ku yaal. Xafiiska xaafaddu wuxuu kaa caawinayaa inaad hesho taageerada saxda ah.`],
      ti: [`Lindvallen ኣብ ጎድኒ Lindallén ናይ ክራይን ናይ ውልቂ ዋንነትን ኣፓርታማታት ዘለዎ ከባቢ እዩ። ሜዳ ስፖርት፡ ኣዳራሽ Lindvallshallen ከምኡ'ውን ቤት ትምህርቲ Lindvallsskolan ኣገደስቲ ቦታታት ርክብ እዮም።`, `ኣብዚ ክሊኒክ መንእሰያትን ኣብ ቤተ-መጻሕፍቲ ቤት ቡን ቋንቋን ኣለዉ። ቤት ጽሕፈት ከባቢ ግቡእ ደገፍ ንምርካብ ይሕግዘኩም።`],
      fi: [`Lindvallen on alue, jossa on vuokra- ja omistusasuntoja Lindallénin varrella. Urheilukenttä, Lindvallshallen-urheiluhalli ja Lindvallsskolan-koulu ovat tärkeitä kohtaamispaikkoja.`, `Alueella on nuorisovastaanotto ja kirjastossa kielikahvila. Aluetoimisto auttaa sinua löytämään oikeanlaista tukea.`],
      uk: [`Lindvallen – район з орендними та власними квартирами вздовж Lindallén. Спортивний майданчик, спортзал Lindvallshallen і школа Lindvallsskolan – важливі місця зустрічей.`, `Тут є молодіжна клініка та мовне кафе в бібліотеці. Районний офіс допоможе вам знайти потрібну підтримку.`],
    },
  },
  {
    slug: 'tallmon', name: 'Tallmon', col: 3, row: 0,
    postalCodes: ['990 40', '990 41', '990 42', '990 43'],
    summary: {
      sv: `Småhus och tallskog längst i nordost.`,
      en: `Small houses and pine forest in the far north-east.`,
      ar: `بيوت صغيرة وغابة صنوبر في أقصى الشمال الشرقي.`,
      fa: `خانه‌های کوچک و جنگل کاج در شمال شرقی‌ترین بخش شهر.`,
      so: `Guryo yaryar iyo kayn, waqooyi-bari ee fog.`,
      ti: `ኣብ ጫፍ ሰሜናዊ ምብራቕ ዘለዉ ንኣሽቱ ኣባይትን ጫካን።`,
      fi: `Pientaloja ja mäntymetsää aivan koillisessa.`,
      uk: `Невеликі будинки та сосновий ліс на крайньому північному сході.`,
    },
    description: {
      sv: [`Tallmon ligger längst i nordost, med småhus, några hyreshus och mycket tallskog. Här bor många sverigefinnar och pensionärer.`, `Till ungdomsmottagningen åker de flesta till Lindvallen. Områdeskontoret i Tallmon har kvällsöppet på måndagar.`],
      en: [`Tallmon is in the far north-east, with small houses, a few blocks of flats and lots of pine forest. Many Sweden Finns and pensioners live here.`, `For the youth clinic, most people go to Lindvallen. The area office in Tallmon is open in the evening on Mondays.`],
      ar: [`تقع Tallmon في أقصى الشمال الشرقي، وفيها بيوت صغيرة وبعض العمارات السكنية وغابات صنوبر كثيرة. يسكن هنا كثير من السويديين من أصل فنلندي ومن المتقاعدين.`, `يذهب معظم الشباب إلى عيادة الشباب في Lindvallen. مكتب المنطقة في Tallmon مفتوح مساءً أيام الاثنين.`],
      fa: [`Tallmon در شمال شرقی‌ترین بخش شهر است، با خانه‌های کوچک، چند ساختمان آپارتمانی و جنگل‌های کاج فراوان. بسیاری از فنلاندی‌تباران سوئد و بازنشستگان اینجا زندگی می‌کنند.`, `بیشتر جوانان برای درمانگاه جوانان به Lindvallen می‌روند. دفتر محلهٔ Tallmon دوشنبه‌ها عصر هم باز است.`],
      so: [`Tallmon waxay ku taal waqooyi-bari ee fog, waxayna leedahay guryo yaryar, dhowr dhismo oo kiro ah iyo kayn badan. Halkan waxaa ku nool dad badan oo asalkoodu Finland yahay iyo dad hawlgab ah.`, `Rugta caafimaadka dhallinyarada, dadka intooda badan waxay u tagaan Lindvallen. Xafiiska xaafadda ee Tallmon wuxuu fiidkii furan yahay Isniinta.`],
      ti: [`Tallmon ኣብ ጫፍ ሰሜናዊ ምብራቕ ትርከብ፡ ንኣሽቱ ኣባይቲ፡ ቁሩብ ህንጻታት ክራይን ብዙሕ ጫካን ኣለዋ። ኣብዚ ብዙሓት ፊንላንዳዊ መበቆል ዘለዎም ሽወደናውያንን ጡረተኛታትን ይነብሩ።`, `ንክሊኒክ መንእሰያት ዝበዝሑ ናብ Lindvallen ይኸዱ። ቤት ጽሕፈት ከባቢ Tallmon ሰኑይ ምሸት ክፉት እዩ።`],
      fi: [`Tallmon sijaitsee aivan koillisessa. Siellä on pientaloja, muutama kerrostalo ja paljon mäntymetsää. Alueella asuu paljon ruotsinsuomalaisia ja eläkeläisiä.`, `Nuorisovastaanotolle useimmat menevät Lindvalleniin. Tallmonin aluetoimisto on auki myös maanantai-iltaisin.`],
      uk: [`Tallmon розташований на крайньому північному сході: тут невеликі будинки, кілька багатоквартирних будинків і багато соснового лісу. Тут живе багато шведських фінів і пенсіонерів.`, `До молодіжної клініки більшість їздить у Lindvallen. Районний офіс у Tallmon у понеділок працює і ввечері.`],
    },
  },
  {
    slug: 'kvarnby', name: 'Kvarnby', col: 0, row: 1,
    postalCodes: ['990 50', '990 51', '990 52', '990 53', '990 54'],
    summary: {
      sv: `Gamla kvarnområdet vid ån, med gamla och nya bostäder.`,
      en: `The old mill area by the river, with old and new homes.`,
      ar: `منطقة الطاحونة القديمة بجانب النهر، فيها مساكن قديمة وجديدة.`,
      fa: `محلهٔ آسیاب قدیمی کنار رودخانه، با خانه‌های قدیمی و نو.`,
      so: `Aagga shiidihii hore ee webiga agtiisa, leh guryo duug ah iyo kuwo cusub.`,
      ti: `ኣብ ጥቓ ሩባ ዘሎ ከባቢ ናይ ጥንቲ መጥሓን፡ ኣረጊትን ሓደሽትን ኣባይቲ ዘለዎ።`,
      fi: `Vanha myllyalue joen rannalla, vanhoja ja uusia asuntoja.`,
      uk: `Район старого млина біля річки, зі старим і новим житлом.`,
    },
    description: {
      sv: [`Kvarnby har vuxit upp runt den gamla kvarnen vid ån. Här finns både gamla trähus och nya hyreshus.`, `I Kvarnby finns en ungdomsmottagning, en fritidsgård och Kvarnbyhallen med öppen hall på lördagskvällar. Områdeskontoret har kvällsöppet på onsdagar.`],
      en: [`Kvarnby has grown up around the old mill by the river. There are old wooden houses as well as new blocks of flats.`, `Kvarnby has a youth clinic, a youth centre and the Kvarnbyhallen sports hall, which is open to young people on Saturday evenings. The area office is open in the evening on Wednesdays.`],
      ar: [`نشأت Kvarnby حول الطاحونة القديمة بجانب النهر. فيها بيوت خشبية قديمة وعمارات سكنية جديدة.`, `في Kvarnby عيادة للشباب ونادٍ للشباب وصالة Kvarnbyhallen المفتوحة للشباب مساء أيام السبت. مكتب المنطقة مفتوح مساءً أيام الأربعاء.`],
      fa: [`Kvarnby دور آسیاب قدیمی کنار رودخانه شکل گرفته است. اینجا هم خانه‌های چوبی قدیمی هست و هم ساختمان‌های آپارتمانی نو.`, `در Kvarnby یک درمانگاه جوانان، یک خانهٔ جوانان و سالن ورزشی Kvarnbyhallen هست که شنبه‌ها عصر برای جوانان باز است. دفتر محله چهارشنبه‌ها عصر هم باز است.`],
      so: [`Kvarnby waxay ku korortay hareeraha shiidihii hore ee webiga agtiisa. Halkan waxaa ku yaal guryo alwaax ah oo duug ah iyo dhismayaal kiro ah oo cusub.`, `Kvarnby waxaa ku yaal rugta caafimaadka dhallinyarada, xarun madadaalo oo dhallinyarada ah iyo hoolka isboortiga Kvarnbyhallen oo dhallinyarada u furan fiidka Sabtida. Xafiiska xaafaddu wuxuu fiidkii furan yahay Arbacada.`],
      ti: [`Kvarnby ኣብ ዙርያ እቲ ኣብ ጥቓ ሩባ ዘሎ ናይ ጥንቲ መጥሓን እያ ዓብያ። ኣብዚ ኣረጊት ናይ ዕንጨይቲ ኣባይትን ሓደሽቲ ህንጻታት ክራይን ኣለዉ።`, `ኣብ Kvarnby ክሊኒክ መንእሰያት፡ ማእከል መዘናግዒ መንእሰያትን ቀዳም ምሸት ንመንእሰያት ክፉት ዝኸውን ኣዳራሽ ስፖርት Kvarnbyhallenን ኣለዉ። ቤት ጽሕፈት ከባቢ ረቡዕ ምሸት ክፉት እዩ።`],
      fi: [`Kvarnby on kasvanut joen rannalla olevan vanhan myllyn ympärille. Alueella on sekä vanhoja puutaloja että uusia kerrostaloja.`, `Kvarnbyssä on nuorisovastaanotto, nuorisotalo ja Kvarnbyhallen-urheiluhalli, joka on lauantai-iltaisin avoinna nuorille. Aluetoimisto on auki myös keskiviikkoiltaisin.`],
      uk: [`Kvarnby виріс навколо старого млина біля річки. Тут є і старі дерев'яні будинки, і нові багатоквартирні.`, `У Kvarnby є молодіжна клініка, молодіжний центр і спортзал Kvarnbyhallen, відкритий для молоді в суботу ввечері. Районний офіс у середу працює і ввечері.`],
    },
  },
  {
    slug: 'stenbacka', name: 'Stenbacka', col: 1, row: 1,
    postalCodes: ['990 60', '990 61', '990 62', '990 63', '990 64', '990 65'],
    summary: {
      sv: `Stadens centrum med rådhuset, resecentrum och stadsbiblioteket.`,
      en: `The town centre, with the town hall, the travel centre and the city library.`,
      ar: `وسط المدينة، حيث مبنى البلدية ومحطة السفر والمكتبة العامة.`,
      fa: `مرکز شهر، با ساختمان شهرداری، ایستگاه مرکزی و کتابخانهٔ شهر.`,
      so: `Bartamaha magaalada, oo ay ku yaallaan xarunta dowladda hoose, saldhigga gaadiidka iyo maktabadda magaalada.`,
      ti: `ማእከል ከተማ፡ ምስ ህንጻ ምምሕዳር፡ መደበር መጓዓዝያን ቤተ-መጻሕፍቲ ከተማን።`,
      fi: `Kaupungin keskusta: kaupungintalo, matkakeskus ja kaupunginkirjasto.`,
      uk: `Центр міста з ратушею, транспортним вузлом і міською бібліотекою.`,
    },
    description: {
      sv: [`Stenbacka är Exempelstads centrum. Här ligger rådhuset, resecentrum, stadsbiblioteket, Kulturhuset och många butiker.`, `I Stenbacka finns Första linjen psykisk hälsa för unga. Områdeskontoret ligger i rådhuset vid Rådhustorget.`],
      en: [`Stenbacka is the centre of Exempelstad. The town hall, the travel centre, the city library, the Kulturhuset arts centre and many shops are here.`, `Stenbacka is home to Första linjen, the first-line mental health service for young people. The area office is in the town hall on Rådhustorget.`],
      ar: [`Stenbacka هي وسط مدينة Exempelstad. هنا يقع مبنى البلدية ومحطة السفر والمكتبة العامة والمركز الثقافي Kulturhuset ومحلات كثيرة.`, `في Stenbacka يوجد Första linjen، خدمة الخط الأول للصحة النفسية للشباب. مكتب المنطقة موجود في مبنى البلدية في ساحة Rådhustorget.`],
      fa: [`Stenbacka مرکز شهر Exempelstad است. ساختمان شهرداری، ایستگاه مرکزی، کتابخانهٔ شهر، خانهٔ فرهنگ Kulturhuset و فروشگاه‌های زیادی اینجا هستند.`, `در Stenbacka مرکز Första linjen، خط اول سلامت روان برای جوانان، قرار دارد. دفتر محله در ساختمان شهرداری در میدان Rådhustorget است.`],
      so: [`Stenbacka waa bartamaha Exempelstad. Halkan waxaa ku yaal xarunta dowladda hoose, saldhigga gaadiidka, maktabadda magaalada, xarunta dhaqanka Kulturhuset iyo dukaamo badan.`, `Stenbacka waxaa ku yaal Första linjen, oo ah adeegga koowaad ee caafimaadka maskaxda ee dhallinyarada. Xafiiska xaafaddu wuxuu ku yaal xarunta dowladda hoose ee fagaaraha Rådhustorget.`],
      ti: [`Stenbacka ማእከል Exempelstad እያ። ኣብዚ ህንጻ ምምሕዳር፡ መደበር መጓዓዝያ፡ ቤተ-መጻሕፍቲ ከተማ፡ ማእከል ባህሊ Kulturhuset ከምኡ'ውን ብዙሓት ድኳናት ኣለዉ።`, `ኣብ Stenbacka፡ Första linjen፡ ማለት ንመንእሰያት ቀዳማይ መስመር ጥዕና ኣእምሮ፡ ይርከብ። ቤት ጽሕፈት ከባቢ ኣብ ህንጻ ምምሕዳር ኣብ Rådhustorget እዩ ዘሎ።`],
      fi: [`Stenbacka on Exempelstadin keskusta. Täällä ovat kaupungintalo, matkakeskus, kaupunginkirjasto, Kulturhuset-kulttuuritalo ja monet kaupat.`, `Stenbackassa toimii Första linjen, nuorten mielenterveyden ensilinjan palvelu. Aluetoimisto on kaupungintalossa Rådhustorgetin laidalla.`],
      uk: [`Stenbacka – центр Exempelstad. Тут ратуша, транспортний вузол, міська бібліотека, культурний центр Kulturhuset і багато крамниць.`, `У Stenbacka працює Första linjen – служба першої лінії психічного здоров'я для молоді. Районний офіс розташований у ратуші на площі Rådhustorget.`],
    },
  },
  {
    slug: 'soderhojden', name: 'Söderhöjden', col: 2, row: 1,
    postalCodes: ['990 70', '990 71', '990 72', '990 73', '990 74'],
    summary: {
      sv: `Höghus på höjden i söder, med mycket grönt mellan husen.`,
      en: `High-rise blocks on the hill to the south, with lots of green space between them.`,
      ar: `عمارات عالية على التلة في الجنوب، مع مساحات خضراء كثيرة بينها.`,
      fa: `برج‌های مسکونی روی تپه در جنوب، با فضای سبز زیاد میان ساختمان‌ها.`,
      so: `Dhismayaal dhaadheer oo ku yaal buurta koonfureed, oo ay u dhexeeyaan meelo badan oo cagaar ah.`,
      ti: `ኣብ ደቡባዊ ጎቦ ዘለዉ ነዋሕቲ ህንጻታት፡ ኣብ መንጎኦም ብዙሕ ቀጠልያ ቦታ ዘለዎ።`,
      fi: `Korkeita kerrostaloja etelän mäellä, talojen välissä paljon vihreää.`,
      uk: `Висотні будинки на пагорбі на півдні, між ними багато зелені.`,
    },
    description: {
      sv: [`Söderhöjden är ett område med höghus och stora gröna gårdar. Här bor många barnfamiljer med rötter i olika delar av världen.`, `Här finns en ungdomsmottagning, en familjecentral, en fritidsgård och ett aktivt föräldranätverk. Områdeskontoret hjälper dig på flera språk.`],
      en: [`Söderhöjden is an area of high-rise blocks with big green courtyards. Many families with children live here, with roots in different parts of the world.`, `There is a youth clinic, a family centre, a youth centre and an active parents' network. The area office can help you in several languages.`],
      ar: [`Söderhöjden منطقة فيها عمارات عالية وساحات خضراء كبيرة. تعيش هنا عائلات كثيرة لديها أطفال، وأصولها من أنحاء مختلفة من العالم.`, `يوجد هنا عيادة للشباب ومركز للأسرة ونادٍ للشباب وشبكة نشطة لأولياء الأمور. يمكن لمكتب المنطقة مساعدتك بعدة لغات.`],
      fa: [`Söderhöjden محله‌ای با برج‌های مسکونی و حیاط‌های سبز بزرگ است. خانواده‌های بچه‌دار زیادی با ریشه در نقاط مختلف جهان اینجا زندگی می‌کنند.`, `اینجا یک درمانگاه جوانان، یک مرکز خانواده، یک خانهٔ جوانان و یک شبکهٔ فعال والدین هست. دفتر محله می‌تواند به چند زبان به شما کمک کند.`],
      so: [`Söderhöjden waa xaafad leh dhismayaal dhaadheer iyo barxado cagaaran oo waaweyn. Halkan waxaa ku nool qoysas badan oo carruur leh, asalkooduna ka yimid meelo kala duwan oo adduunka ah.`, `Halkan waxaa ku yaal rugta caafimaadka dhallinyarada, xarun qoys, xarun madadaalo oo dhallinyarada ah iyo shabakad waalidiin oo firfircoon. Xafiiska xaafaddu wuxuu kaa caawin karaa luqado badan.`],
      ti: [`Söderhöjden ነዋሕቲ ህንጻታትን ዓበይቲ ቀጠልያ ቀጽርታትን ዘለዎ ከባቢ እዩ። ኣብዚ ካብ ዝተፈላለየ ክፍሊ ዓለም መበቆል ዘለወን ብዙሓት ስድራቤታት ምስ ቆልዑ ይነብራ።`, `ኣብዚ ክሊኒክ መንእሰያት፡ ማእከል ስድራቤት፡ ማእከል መዘናግዒ መንእሰያትን ንጡፍ መርበብ ወለድን ኣለዉ። ቤት ጽሕፈት ከባቢ ብብዙሓት ቋንቋታት ክሕግዘኩም ይኽእል።`],
      fi: [`Söderhöjden on alue, jossa on korkeita kerrostaloja ja suuria vihreitä pihoja. Täällä asuu paljon lapsiperheitä, joiden juuret ovat eri puolilla maailmaa.`, `Alueella on nuorisovastaanotto, perhekeskus, nuorisotalo ja aktiivinen vanhempainverkosto. Aluetoimisto palvelee useilla kielillä.`],
      uk: [`Söderhöjden – район висотних будинків із великими зеленими дворами. Тут живе багато сімей з дітьми, які походять з різних куточків світу.`, `Тут є молодіжна клініка, сімейний центр, молодіжний центр і активна мережа батьків. Районний офіс може допомогти кількома мовами.`],
    },
  },
  {
    slug: 'alvangen', name: 'Älvängen', col: 3, row: 1,
    postalCodes: ['990 80', '990 81', '990 82', '990 83'],
    summary: {
      sv: `Ängar, radhus och hyreshus längs älven i sydost.`,
      en: `Meadows, terraced houses and blocks of flats along the river in the south-east.`,
      ar: `مروج ومنازل متلاصقة وعمارات سكنية على طول النهر في الجنوب الشرقي.`,
      fa: `چمنزارها، خانه‌های ردیفی و ساختمان‌های آپارتمانی در امتداد رودخانه در جنوب شرقی.`,
      so: `Seero caws ah, guryo isku xiran iyo dhismayaal kiro ah oo ku teedsan webiga, koonfur-bari.`,
      ti: `ኣብ ደቡባዊ ምብራቕ ኣብ ገማግም ሩባ ዘለዉ መሮር፡ ተኣሳሲሮም ዝተሰርሑ ኣባይትን ህንጻታት ክራይን።`,
      fi: `Niittyjä, rivitaloja ja kerrostaloja joen varrella kaakossa.`,
      uk: `Луки, таунхауси й багатоквартирні будинки вздовж річки на південному сході.`,
    },
    description: {
      sv: [`Älvängen ligger längs älven i sydost. Här finns radhus, hyreshus och en lång promenadväg vid vattnet.`, `I Älvängen finns en ungdomsmottagning och ett föreningshus där många föreningar träffas. Områdeskontoret har kvällsöppet på torsdagar.`],
      en: [`Älvängen lies along the river in the south-east. There are terraced houses, blocks of flats and a long footpath by the water.`, `Älvängen has a youth clinic and an association house where many local associations meet. The area office is open in the evening on Thursdays.`],
      ar: [`تقع Älvängen على طول النهر في الجنوب الشرقي. فيها منازل متلاصقة وعمارات سكنية وممشى طويل بجانب الماء.`, `في Älvängen عيادة للشباب وبيت للجمعيات تلتقي فيه جمعيات كثيرة. مكتب المنطقة مفتوح مساءً أيام الخميس.`],
      fa: [`Älvängen در امتداد رودخانه در جنوب شرقی است. اینجا خانه‌های ردیفی، ساختمان‌های آپارتمانی و یک مسیر پیاده‌روی طولانی کنار آب هست.`, `در Älvängen یک درمانگاه جوانان و یک خانهٔ انجمن‌ها هست که انجمن‌های زیادی آنجا دور هم جمع می‌شوند. دفتر محله پنجشنبه‌ها عصر هم باز است.`],
      so: [`Älvängen waxay ku teedsan tahay webiga, koonfur-bari. Halkan waxaa ku yaal guryo isku xiran, dhismayaal kiro ah iyo waddo dheer oo lagu socdo oo biyaha ag marta.`, `Älvängen waxaa ku yaal rugta caafimaadka dhallinyarada iyo guriga ururrada oo ay ku kulmaan ururro badan. Xafiiska xaafaddu wuxuu fiidkii furan yahay Khamiista.`],
      ti: [`Älvängen ኣብ ደቡባዊ ምብራቕ ኣብ ገማግም ሩባ ትርከብ። ኣብዚ ተኣሳሲሮም ዝተሰርሑ ኣባይቲ፡ ህንጻታት ክራይን ኣብ ጥቓ ማይ ነዊሕ መንገዲ እግርን ኣለዉ።`, `ኣብ Älvängen ክሊኒክ መንእሰያትን ብዙሓት ማሕበራት ዝራኸቡሉ ገዛ ማሕበራትን ኣለዉ። ቤት ጽሕፈት ከባቢ ሓሙስ ምሸት ክፉት እዩ።`],
      fi: [`Älvängen sijaitsee joen varrella kaakossa. Alueella on rivitaloja, kerrostaloja ja pitkä kävelytie veden äärellä.`, `Älvängenissä on nuorisovastaanotto ja yhdistystalo, jossa monet yhdistykset kokoontuvat. Aluetoimisto on auki myös torstai-iltaisin.`],
      uk: [`Älvängen розташований уздовж річки на південному сході. Тут є таунхауси, багатоквартирні будинки й довга прогулянкова стежка біля води.`, `В Älvängen є молодіжна клініка та будинок асоціацій, де збирається багато місцевих асоціацій. Районний офіс у четвер працює і ввечері.`],
    },
  },
];

const AREA = Object.fromEntries(AREAS.map((a) => [a.slug, a]));

const areaDocs = AREAS.map((a) => ({
  _id: `area-${a.slug}`,
  _type: 'area',
  name: str(same(a.name)),
  slug: slug(a.slug),
  summary: str(a.summary),
  description: txt(a.description),
  postalCodes: a.postalCodes,
  boundary: boundary(a.col, a.row),
}));

// ---------------------------------------------------------------------------
// Area offices (one per area)
// ---------------------------------------------------------------------------

const OFFICE_NAME = {
  sv: `Områdeskontor {a}`,
  en: `Area office {a}`,
  ar: `مكتب منطقة {a}`,
  fa: `دفتر محلهٔ {a}`,
  so: `Xafiiska xaafadda {a}`,
  ti: `ቤት ጽሕፈት ከባቢ {a}`,
  fi: `Aluetoimisto {a}`,
  uk: `Районний офіс {a}`,
};

const OFFICE_SUMMARY = [
  {
    sv: `Råd och stöd för dig som bor i {a}.`,
    en: `Advice and support for everyone living in {a}.`,
    ar: `نصائح ودعم لكل من يسكن في {a}.`,
    fa: `مشاوره و حمایت برای همهٔ ساکنان {a}.`,
    so: `Talo iyo taageero qof kasta oo deggan {a}.`,
    ti: `ንኹሎም ነበርቲ {a} ምኽርን ደገፍን።`,
    fi: `Neuvontaa ja tukea kaikille alueen {a} asukkaille.`,
    uk: `Порада і підтримка для всіх мешканців району {a}.`,
  },
  {
    sv: `Socialtjänsten nära dig i {a} – kom in, ring eller mejla.`,
    en: `Social services close to you in {a} – drop in, call or e-mail.`,
    ar: `الخدمات الاجتماعية بالقرب منك في {a} – تعال أو اتصل أو أرسل بريدًا إلكترونيًا.`,
    fa: `خدمات اجتماعی نزدیک شما در {a} – حضوری بیایید، زنگ بزنید یا ایمیل بفرستید.`,
    so: `Adeegga bulshada oo kuu dhow gudaha {a} – soo booqo, na soo wac ama iimayl noo soo dir.`,
    ti: `ኣብ {a} ጥቓኹም ዘሎ ማሕበራዊ ኣገልግሎት – ብኣካል ምጹ፡ ደውሉ ወይ ኢመይል ስደዱ።`,
    fi: `Sosiaalipalvelut lähelläsi alueella {a} – tule käymään, soita tai lähetä sähköpostia.`,
    uk: `Соціальні послуги поруч із вами в районі {a} – приходьте, телефонуйте або пишіть.`,
  },
];

const OFFICE_WHAT = {
  sv: `På områdeskontoret arbetar socialsekreterare, familjebehandlare och fältassistenter. Du kan få råd om pengar, boende och föräldraskap, eller prata om oro för ett barn eller en ungdom.`,
  en: `Social workers, family therapists and outreach workers work at the area office. You can get advice about money, housing and parenting, or talk about a worry you have for a child or young person.`,
  ar: `يعمل في مكتب المنطقة أخصائيون اجتماعيون ومعالجون أسريون وعاملون ميدانيون. يمكنك الحصول على نصائح حول المال والسكن وتربية الأطفال، أو التحدث عن قلقك على طفل أو شاب.`,
  fa: `در دفتر محله مددکاران اجتماعی، مشاوران خانواده و کارکنان میدانی کار می‌کنند. می‌توانید دربارهٔ پول، مسکن و فرزندپروری راهنمایی بگیرید، یا دربارهٔ نگرانی‌تان برای یک کودک یا نوجوان صحبت کنید.`,
  so: `Xafiiska xaafadda waxaa ka shaqeeya shaqaale bulsho, la-taliyeyaal qoys iyo shaqaale goobjoog ah. Waxaad talo ka heli kartaa lacagta, guriga iyo barbaarinta carruurta, ama waad ka hadli kartaa walwal aad u qabto ilmo ama qof dhallinyaro ah.`,
  ti: `ኣብ ቤት ጽሕፈት ከባቢ ሰራሕተኛታት ማሕበራዊ ጉዳይ፡ ኣማኸርቲ ስድራቤትን ኣብ መስክ ዝሰርሑ ሰራሕተኛታትን ይሰርሑ። ብዛዕባ ገንዘብ፡ መንበሪ ገዛን ኣዕባብያ ቆልዑን ምኽሪ ክትረኽቡ፡ ወይ ብዛዕባ ንቖልዓ ወይ መንእሰይ ዘለኩም ስክፍታ ክትዛረቡ ትኽእሉ።`,
  fi: `Aluetoimistossa työskentelee sosiaalisihteereitä, perheterapeutteja ja kenttätyöntekijöitä. Saat neuvoja raha-asioissa, asumisessa ja vanhemmuudessa, tai voit kertoa huolestasi lapsesta tai nuoresta.`,
  uk: `В офісі району працюють соціальні працівники, сімейні консультанти та вуличні соціальні працівники. Ви можете отримати пораду щодо грошей, житла та виховання дітей або поговорити про своє занепокоєння щодо дитини чи підлітка.`,
};

const OFFICE_HOW = {
  sv: `Du kan komma utan att boka tid när vi har öppet. Vill du prata i lugn och ro kan du boka ett samtal. Vi har tystnadsplikt.`,
  en: `You can drop in without an appointment during opening hours. If you want to talk in peace and quiet, you can book a meeting. We have a duty of confidentiality.`,
  ar: `يمكنك الحضور دون موعد خلال ساعات العمل. إذا أردت التحدث بهدوء يمكنك حجز موعد. نحن ملزمون بواجب السرية.`,
  fa: `در ساعات کاری می‌توانید بدون وقت قبلی بیایید. اگر می‌خواهید با آرامش صحبت کنید، می‌توانید وقت بگیرید. ما موظف به رازداری هستیم.`,
  so: `Waad iman kartaa adigoon ballan qabsan inta aan furan nahay. Haddii aad rabto inaad si deggan u hadasho, waad ballan qabsan kartaa. Waxaan ilaalinaa sirta.`,
  ti: `ኣብ ሰዓታት ስራሕ ብዘይ ቆጸራ ክትመጹ ትኽእሉ። ብህድኣት ክትዛረቡ እንተደሊኹም ቆጸራ ክትሕዙ ትኽእሉ። ምስጢር ንሕሉ ኢና።`,
  fi: `Aukioloaikoina voit tulla käymään ilman ajanvarausta. Jos haluat puhua rauhassa, voit varata ajan. Meillä on vaitiolovelvollisuus.`,
  uk: `У робочі години можна прийти без запису. Якщо хочете поговорити спокійно, можете записатися на зустріч. Ми дотримуємося конфіденційності.`,
};

const OFFICES = [
  {
    area: 'norrgardet', street: 'Norrgärdets torg 6', postalCode: '990 11', at: [60.0908, 15.0371],
    phone: '08-465 004 11', languages: ['sv', 'en', 'fi'],
    hours: hours('mon-fri 08:00-16:30', 'tue 16:30-19:00'),
    exceptions: [EXCEPTIONS.dayBefore('08:00'), EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['stepFree', 'toilet', 'parking'],
    intro: {
      sv: `Områdeskontoret ligger vid Norrgärdets torg, bredvid biblioteket. På tisdagar har vi kvällsöppet till kl. 19.`,
      en: `The area office is on Norrgärdets torg, next to the library. On Tuesdays we are open until 19:00.`,
      ar: `يقع مكتب المنطقة في ساحة Norrgärdets torg بجانب المكتبة. أيام الثلاثاء نفتح حتى الساعة 19:00.`,
      fa: `دفتر محله در میدان Norrgärdets torg، کنار کتابخانه است. سه‌شنبه‌ها تا ساعت 19:00 باز هستیم.`,
      so: `Xafiiska xaafaddu wuxuu ku yaal fagaaraha Norrgärdets torg, maktabadda agteeda. Salaasada waxaan furan nahay ilaa 19:00.`,
      ti: `ቤት ጽሕፈት ከባቢ ኣብ Norrgärdets torg፡ ኣብ ጎድኒ ቤተ-መጻሕፍቲ ይርከብ። ሰሉስ ክሳብ ሰዓት 19:00 ክፉት ኢና።`,
      fi: `Aluetoimisto on Norrgärdets torg -aukiolla kirjaston vieressä. Tiistaisin olemme auki klo 19.00 asti.`,
      uk: `Районний офіс розташований на площі Norrgärdets torg, поруч із бібліотекою. У вівторок ми працюємо до 19:00.`,
    },
  },
  {
    area: 'ekbacken', street: 'Ekparksgatan 9', postalCode: '990 21', at: [60.087, 15.1127],
    phone: '08-465 004 21', languages: ['sv', 'en', 'ar', 'so'],
    hours: hours('mon-thu 08:00-16:30', 'fri 08:00-15:00'),
    exceptions: [],
    access: ['ramp', 'toilet', 'loop'],
    intro: {
      sv: `Kontoret ligger vid ekparken, i samma hus som fritidsgården. Här finns personal som talar arabiska och somaliska.`,
      en: `The office is by the oak park, in the same building as the youth centre. Some of our staff speak Arabic and Somali.`,
      ar: `يقع المكتب بجانب حديقة البلوط، في نفس المبنى الذي فيه نادي الشباب. بعض موظفينا يتحدثون العربية والصومالية.`,
      fa: `دفتر کنار پارک بلوط‌ها، در همان ساختمانی است که خانهٔ جوانان در آن است. بعضی از همکاران ما عربی و سومالیایی صحبت می‌کنند.`,
      so: `Xafiisku wuxuu ku yaal beerta geedaha eek-ga agteeda, isla dhismaha ay ku jirto xarunta madadaalada dhallinyarada. Qaar ka mid ah shaqaalahayaga waxay ku hadlaan Carabi iyo Soomaali.`,
      ti: `ቤት ጽሕፈት ኣብ ጥቓ ፓርክ ኦክ፡ ኣብቲ ማእከል መዘናግዒ መንእሰያት ዘለዎ ህንጻ እዩ ዘሎ። ገሊኦም ሰራሕተኛታትና ዓረብኛን ሶማልኛን ይዛረቡ።`,
      fi: `Toimisto on tammipuiston laidalla, samassa rakennuksessa kuin nuorisotalo. Osa henkilökunnastamme puhuu arabiaa ja somalia.`,
      uk: `Офіс розташований біля дубового парку, в тому ж будинку, що й молодіжний центр. Дехто з наших працівників говорить арабською та сомалі.`,
    },
  },
  {
    // Description only in Swedish and English (exercises the Swedish fallback).
    area: 'lindvallen', street: 'Lindallén 14', postalCode: '990 31', at: [60.0871, 15.1859],
    phone: '08-465 004 31', languages: ['sv', 'en', 'uk'],
    hours: hours('mon-fri 08:00-16:30'),
    exceptions: [],
    access: ['upstairs', 'lift', 'toilet'],
    intro: {
      sv: `Kontoret ligger på Lindallén, nära biblioteket och ungdomsmottagningen. Vi samarbetar mycket med Lindvallsskolan och med föreningarna i området.`,
      en: `The office is on Lindallén, near the library and the youth clinic. We work closely with Lindvallsskolan school and with the local associations.`,
    },
  },
  {
    // Description only in Swedish (exercises the Swedish fallback).
    area: 'tallmon', street: 'Tallmovägen 26', postalCode: '990 41', at: [60.0915, 15.2622],
    phone: '08-465 004 41', languages: ['sv', 'fi'],
    hours: hours('mon-thu 08:00-16:30', 'mon 16:30-19:00', 'fri 08:00-15:00'),
    exceptions: [],
    access: ['stepFree', 'toilet'], accessExtraSv: 'Parkering finns på gården bakom huset.',
    intro: {
      sv: `Kontoret ligger i Tallmons servicehus på Tallmovägen. På måndagar har vi kvällsöppet till kl. 19. Här finns personal som talar finska.`,
    },
  },
  {
    area: 'kvarnby', street: 'Kvarnvägen 22', postalCode: '990 51', at: [60.0339, 15.036],
    phone: '08-465 004 51', languages: ['sv', 'en', 'ar', 'fa', 'ti'],
    hours: hours('mon-fri 08:00-16:30', 'wed 16:30-19:00'),
    exceptions: [EXCEPTIONS.dayBefore('08:00'), EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['stepFree', 'toilet', 'loop'],
    intro: {
      sv: `Kontoret ligger mitt i Kvarnby centrum, nära busshållplatsen. På onsdagar har vi kvällsöppet till kl. 19.`,
      en: `The office is in the middle of Kvarnby centre, close to the bus stop. On Wednesdays we are open until 19:00.`,
      ar: `يقع المكتب في وسط Kvarnby، قريبًا من موقف الحافلات. أيام الأربعاء نفتح حتى الساعة 19:00.`,
      fa: `دفتر در مرکز Kvarnby، نزدیک ایستگاه اتوبوس است. چهارشنبه‌ها تا ساعت 19:00 باز هستیم.`,
      so: `Xafiisku wuxuu ku yaal bartamaha Kvarnby, meel u dhow joogsiga baska. Arbacada waxaan furan nahay ilaa 19:00.`,
      ti: `ቤት ጽሕፈት ኣብ ማእከል Kvarnby፡ ኣብ ጥቓ መዕረፊ ኣውቶቡስ ይርከብ። ረቡዕ ክሳብ ሰዓት 19:00 ክፉት ኢና።`,
      fi: `Toimisto on Kvarnbyn keskustassa lähellä bussipysäkkiä. Keskiviikkoisin olemme auki klo 19.00 asti.`,
      uk: `Офіс розташований у центрі Kvarnby, біля автобусної зупинки. У середу ми працюємо до 19:00.`,
    },
  },
  {
    area: 'stenbacka', street: 'Rådhustorget 1', postalCode: '990 60', at: [60.0305, 15.1121],
    phone: '08-465 004 61', languages: ['sv', 'en', 'ar', 'so', 'fa', 'uk'],
    hours: hours('mon-fri 08:00-16:30'),
    exceptions: [EXCEPTIONS.dayBefore('08:00'), EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['stepFree', 'lift', 'toilet', 'loop', 'parking'], accessExtraSv: 'Rådhusets entré har automatisk dörr.',
    intro: {
      sv: `Kontoret ligger i rådhuset vid Rådhustorget, nära resecentrum. Vet du inte vart du ska vända dig kan vi också hjälpa dig att hitta rätt i kommunen.`,
      en: `The office is in the town hall on Rådhustorget, near the travel centre. If you don't know where to turn, we can also help you find the right place in the municipality.`,
      ar: `يقع المكتب في مبنى البلدية في ساحة Rådhustorget، قريبًا من محطة السفر. إذا كنت لا تعرف إلى أين تتوجه، يمكننا أيضًا مساعدتك في إيجاد الجهة المناسبة في البلدية.`,
      fa: `دفتر در ساختمان شهرداری در میدان Rådhustorget، نزدیک ایستگاه مرکزی است. اگر نمی‌دانید به کجا مراجعه کنید، کمکتان می‌کنیم جای درست را در شهرداری پیدا کنید.`,
      so: `Xafiisku wuxuu ku yaal xarunta dowladda hoose ee fagaaraha Rådhustorget, meel u dhow saldhigga gaadiidka. Haddii aadan garanayn meesha aad u jeeddo, waxaan kaa caawin karnaa inaad hesho meesha saxda ah ee degmada.`,
      ti: `ቤት ጽሕፈት ኣብ ህንጻ ምምሕዳር ኣብ Rådhustorget፡ ኣብ ጥቓ መደበር መጓዓዝያ ይርከብ። ናበይ ከም እትኸዱ እንተዘይፈሊጥኩም፡ ኣብ ምምሕዳር ግቡእ ቦታ ንምርካብ ክንሕግዘኩም ንኽእል ኢና።`,
      fi: `Toimisto on kaupungintalossa Rådhustorgetin laidalla, lähellä matkakeskusta. Jos et tiedä, mihin kääntyä, autamme sinua löytämään oikean paikan kunnassa.`,
      uk: `Офіс розташований у ратуші на площі Rådhustorget, біля транспортного вузла. Якщо ви не знаєте, куди звернутися, ми допоможемо знайти потрібну службу в муніципалітеті.`,
    },
  },
  {
    area: 'soderhojden', street: 'Höjdvägen 8', postalCode: '990 71', at: [60.0241, 15.1879],
    phone: '08-465 004 71', languages: ['sv', 'en', 'so', 'ti', 'ar'],
    hours: hours('mon-thu 08:00-16:30', 'fri 08:00-15:00'),
    exceptions: [],
    access: ['upstairs', 'lift', 'toilet', 'quiet'],
    intro: {
      sv: `Kontoret ligger på Höjdvägen, i samma hus som ungdomsmottagningen. Personalen talar bland annat somaliska, tigrinja och arabiska.`,
      en: `The office is on Höjdvägen, in the same building as the youth clinic. Our staff speak Somali, Tigrinya and Arabic, among other languages.`,
      ar: `يقع المكتب في شارع Höjdvägen، في نفس المبنى الذي فيه عيادة الشباب. يتحدث موظفونا الصومالية والتغرينية والعربية ولغات أخرى.`,
      fa: `دفتر در خیابان Höjdvägen، در همان ساختمانی است که درمانگاه جوانان در آن است. همکاران ما از جمله به زبان‌های سومالیایی، تیگرینیا و عربی صحبت می‌کنند.`,
      so: `Xafiisku wuxuu ku yaal waddada Höjdvägen, isla dhismaha ay ku jirto rugta caafimaadka dhallinyarada. Shaqaalahayagu waxay ku hadlaan Soomaali, Tigrinya iyo Carabi, iyo luqado kale.`,
      ti: `ቤት ጽሕፈት ኣብ Höjdvägen፡ ኣብቲ ክሊኒክ መንእሰያት ዘለዎ ህንጻ ይርከብ። ሰራሕተኛታትና ካብ ካልኦት ቋንቋታት ሶማልኛ፡ ትግርኛን ዓረብኛን ይዛረቡ።`,
      fi: `Toimisto on Höjdvägenillä, samassa talossa kuin nuorisovastaanotto. Henkilökuntamme puhuu muun muassa somalia, tigrinjaa ja arabiaa.`,
      uk: `Офіс розташований на вулиці Höjdvägen, у тому ж будинку, що й молодіжна клініка. Наші працівники говорять, зокрема, сомалі, тигринья та арабською.`,
    },
  },
  {
    area: 'alvangen', street: 'Älvängens torg 3', postalCode: '990 81', at: [60.0305, 15.266],
    phone: '08-465 004 81', languages: ['sv', 'en', 'uk', 'ar'],
    hours: hours('mon-fri 08:00-16:30', 'thu 16:30-19:00'),
    exceptions: [EXCEPTIONS.dayBefore('08:00'), EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['ramp', 'toilet', 'parking'],
    intro: {
      sv: `Kontoret ligger vid Älvängens torg. På torsdagar har vi kvällsöppet till kl. 19. Här finns personal som talar ukrainska och arabiska.`,
      en: `The office is on Älvängens torg. On Thursdays we are open until 19:00. Some of our staff speak Ukrainian and Arabic.`,
      ar: `يقع المكتب في ساحة Älvängens torg. أيام الخميس نفتح حتى الساعة 19:00. بعض موظفينا يتحدثون الأوكرانية والعربية.`,
      fa: `دفتر در میدان Älvängens torg است. پنجشنبه‌ها تا ساعت 19:00 باز هستیم. بعضی از همکاران ما اوکراینی و عربی صحبت می‌کنند.`,
      so: `Xafiisku wuxuu ku yaal fagaaraha Älvängens torg. Khamiista waxaan furan nahay ilaa 19:00. Qaar ka mid ah shaqaalahayaga waxay ku hadlaan Yukreeni iyo Carabi.`,
      ti: `ቤት ጽሕፈት ኣብ Älvängens torg ይርከብ። ሓሙስ ክሳብ ሰዓት 19:00 ክፉት ኢና። ገሊኦም ሰራሕተኛታትና ዩክሬንኛን ዓረብኛን ይዛረቡ።`,
      fi: `Toimisto on Älvängens torg -aukiolla. Torstaisin olemme auki klo 19.00 asti. Osa henkilökunnastamme puhuu ukrainaa ja arabiaa.`,
      uk: `Офіс розташований на площі Älvängens torg. У четвер ми працюємо до 19:00. Дехто з наших працівників говорить українською та арабською.`,
    },
  },
];

const officeDocs = OFFICES.map((o, i) => {
  const a = AREA[o.area];
  return {
    _id: `office-${o.area}`,
    _type: 'office',
    name: str(fill(OFFICE_NAME, { a: a.name })),
    slug: slug(o.area),
    area: ref(`area-${o.area}`),
    summary: str(fill(OFFICE_SUMMARY[i % 2], { a: a.name })),
    description: txt(join2(o.intro, OFFICE_WHAT, OFFICE_HOW)),
    address: address(o.street, o.postalCode),
    location: geo(...o.at),
    phone: o.phone,
    email: `${o.area}.omradeskontor@exempelstad.example`,
    openingHours: o.hours,
    hoursExceptions: o.exceptions,
    languages: o.languages,
    // Offices' accessibility texts are deliberately Swedish only.
    accessibility: accessibility(o.access, ['sv'], o.accessExtraSv),
  };
});

// ---------------------------------------------------------------------------
// Clinics: five youth clinics (ungdomsmottagningar) and Första linjen
// ---------------------------------------------------------------------------

const YOUTH_NAME = {
  sv: `Ungdomsmottagningen {a}`,
  en: `Youth clinic {a}`,
  ar: `عيادة الشباب {a}`,
  fa: `درمانگاه جوانان {a}`,
  so: `Rugta caafimaadka dhallinyarada {a}`,
  ti: `ክሊኒክ መንእሰያት {a}`,
  fi: `Nuorisovastaanotto {a}`,
  uk: `Молодіжна клініка {a}`,
};

const YOUTH_SUMMARY = {
  sv: `För dig som är 13–25 år. Gratis och med tystnadsplikt – {when}.`,
  en: `For you if you are 13–25. Free and confidential – {when}.`,
  ar: `لمن تتراوح أعمارهم بين 13 و25 عامًا. مجانية وسرّية – {when}.`,
  fa: `برای جوانان 13 تا 25 ساله. رایگان و محرمانه – {when}.`,
  so: `Dhallinyarada 13–25 jir ah. Bilaash iyo sir – {when}.`,
  ti: `ንመንእሰያት 13–25 ዓመት። ብናጻን ምስጢራውን – {when}።`,
  fi: `13–25-vuotiaille. Maksuton ja luottamuksellinen – {when}.`,
  uk: `Для молоді 13–25 років. Безкоштовно й конфіденційно – {when}.`,
};

const WHEN = {
  tueThu: {
    sv: `kvällsöppet tisdag och torsdag`,
    en: `open evenings on Tuesdays and Thursdays`,
    ar: `مفتوحة مساءً يومي الثلاثاء والخميس`,
    fa: `سه‌شنبه‌ها و پنجشنبه‌ها عصر باز است`,
    so: `fiidkii way furan tahay Salaasada iyo Khamiista`,
    ti: `ሰሉስን ሓሙስን ምሸት ክፉት`,
    fi: `iltavastaanotto tiistaisin ja torstaisin`,
    uk: `вечірній прийом у вівторок і четвер`,
  },
  monWed: {
    sv: `kvällsöppet måndag och onsdag`,
    en: `open evenings on Mondays and Wednesdays`,
    ar: `مفتوحة مساءً يومي الاثنين والأربعاء`,
    fa: `دوشنبه‌ها و چهارشنبه‌ها عصر باز است`,
    so: `fiidkii way furan tahay Isniinta iyo Arbacada`,
    ti: `ሰኑይን ረቡዕን ምሸት ክፉት`,
    fi: `iltavastaanotto maanantaisin ja keskiviikkoisin`,
    uk: `вечірній прийом у понеділок і середу`,
  },
  wed: {
    sv: `öppet till kl. 20 på onsdagar`,
    en: `open until 20:00 on Wednesdays`,
    ar: `مفتوحة حتى الساعة 20:00 أيام الأربعاء`,
    fa: `چهارشنبه‌ها تا ساعت 20:00 باز است`,
    so: `Arbacada way furan tahay ilaa 20:00`,
    ti: `ረቡዕ ክሳብ ሰዓት 20:00 ክፉት`,
    fi: `keskiviikkoisin auki klo 20.00 asti`,
    uk: `у середу працює до 20:00`,
  },
  monThu: {
    sv: `kvällsöppet måndag och torsdag`,
    en: `open evenings on Mondays and Thursdays`,
    ar: `مفتوحة مساءً يومي الاثنين والخميس`,
    fa: `دوشنبه‌ها و پنجشنبه‌ها عصر باز است`,
    so: `fiidkii way furan tahay Isniinta iyo Khamiista`,
    ti: `ሰኑይን ሓሙስን ምሸት ክፉት`,
    fi: `iltavastaanotto maanantaisin ja torstaisin`,
    uk: `вечірній прийом у понеділок і четвер`,
  },
};

const YOUTH_WHAT = {
  sv: `Hos oss kan du prata med en barnmorska, en sjuksköterska eller en kurator. Du kan fråga om kroppen, sex, preventivmedel, relationer och hur du mår. Inga frågor är konstiga.`,
  en: `Here you can talk to a midwife, a nurse or a counsellor. You can ask about your body, sex, contraception, relationships and how you feel. No question is weird.`,
  ar: `عندنا يمكنك التحدث مع قابلة أو ممرض أو مرشد اجتماعي. يمكنك أن تسأل عن جسمك والجنس ووسائل منع الحمل والعلاقات وعن حالتك النفسية. لا يوجد سؤال غريب.`,
  fa: `اینجا می‌توانی با ماما، پرستار یا مشاور صحبت کنی. می‌توانی دربارهٔ بدنت، رابطهٔ جنسی، روش‌های پیشگیری از بارداری، رابطه‌ها و حال‌وروزت سؤال کنی. هیچ سؤالی عجیب نیست.`,
  so: `Halkan waxaad la hadli kartaa umuliso, kalkaaliye caafimaad ama la-taliye. Waxaad wax ka weydiin kartaa jirkaaga, galmada, ka-hortagga uurka, xiriirrada iyo sida aad dareemayso. Su'aal la yaab leh ma jirto.`,
  ti: `ኣብዚ ምስ መሕረሲት፡ ነርስ ወይ ኣማኻሪ ክትዛረብ ትኽእል ኢኻ። ብዛዕባ ኣካላትካ፡ ጾታዊ ርክብ፡ መከላኸሊ ጥንሲ፡ ርክባትን ከመይ ከም ዘለኻን ክትሓትት ትኽእል። ዘገርም ሕቶ የለን።`,
  fi: `Meillä voit jutella kätilön, sairaanhoitajan tai kuraattorin kanssa. Voit kysyä kehosta, seksistä, ehkäisystä, ihmissuhteista ja siitä, miten voit. Mikään kysymys ei ole outo.`,
  uk: `У нас ти можеш поговорити з акушеркою, медсестрою або консультантом. Можна запитати про тіло, секс, контрацепцію, стосунки і про те, як ти почуваєшся. Дивних запитань не буває.`,
};

const YOUTH_HOW = {
  sv: `Besöket är gratis och vi har tystnadsplikt. Du kan vara anonym om du vill. Boka en tid här på webben eller ring oss.`,
  en: `Visits are free and we have a duty of confidentiality. You can be anonymous if you want. Book a time here on the website or give us a call.`,
  ar: `الزيارة مجانية ونحن ملزمون بالسرية. يمكنك ألا تذكر اسمك إذا أردت. احجز موعدًا هنا على الموقع أو اتصل بنا.`,
  fa: `مراجعه رایگان است و ما رازدار هستیم. اگر بخواهی می‌توانی ناشناس بمانی. همین‌جا در وب‌سایت وقت بگیر یا به ما زنگ بزن.`,
  so: `Booqashadu waa bilaash, sirtaadana waan ilaalinaa. Haddii aad rabto, waad iman kartaa adigoon magacaaga sheegin. Halkan ka qabso ballan ama na soo wac.`,
  ti: `ምብጻሕ ብናጻ እዩ፡ ምስጢር ድማ ንሕሉ። እንተደሊኻ ስምካ ከይገለጽካ ክትመጽእ ትኽእል። ኣብዚ መርበብ ሓበሬታ ቆጸራ ሓዝ ወይ ደውለልና።`,
  fi: `Käynti on maksuton, ja meillä on vaitiolovelvollisuus. Voit halutessasi asioida nimettömänä. Varaa aika täältä verkosta tai soita meille.`,
  uk: `Візит безкоштовний, і ми зберігаємо конфіденційність. Якщо хочеш, можеш прийти анонімно. Запишися тут на сайті або зателефонуй нам.`,
};

const VISIT_TYPES = {
  talk: {
    minutes: 40,
    name: {
      sv: `Samtal med kurator`,
      en: `Talk with a counsellor`,
      ar: `محادثة مع مرشد`,
      fa: `گفت‌وگو با مشاور`,
      so: `Wada-hadal la-taliye`,
      ti: `ዝርርብ ምስ ኣማኻሪ`,
      fi: `Keskustelu kuraattorin kanssa`,
      uk: `Розмова з консультантом`,
    },
  },
  'sti-test': {
    minutes: 20,
    name: {
      sv: `Test för könssjukdomar`,
      en: `STI test`,
      ar: `فحص الأمراض المنقولة جنسيًا`,
      fa: `آزمایش بیماری‌های مقاربتی`,
      so: `Baaritaanka cudurrada galmada lagu kala qaado`,
      ti: `መርመራ ብጾታዊ ርክብ ዝመሓላለፉ ሕማማት`,
      fi: `Sukupuolitautitesti`,
      uk: `Тест на ІПСШ`,
    },
  },
  contraception: {
    minutes: 20,
    name: {
      sv: `Preventivmedel`,
      en: `Contraception`,
      ar: `وسائل منع الحمل`,
      fa: `روش‌های پیشگیری از بارداری`,
      so: `Ka-hortagga uurka`,
      ti: `መከላኸሊ ጥንሲ`,
      fi: `Ehkäisy`,
      uk: `Контрацепція`,
    },
  },
  'pregnancy-test': {
    minutes: 20,
    name: {
      sv: `Graviditetstest`,
      en: `Pregnancy test`,
      ar: `اختبار الحمل`,
      fa: `تست بارداری`,
      so: `Baaritaanka uurka`,
      ti: `መርመራ ጥንሲ`,
      fi: `Raskaustesti`,
      uk: `Тест на вагітність`,
    },
  },
};

const FIRST_TALK_NAME = {
  sv: `Första samtal`,
  en: `First conversation`,
  ar: `المحادثة الأولى`,
  fa: `گفت‌وگوی اول`,
  so: `Wada-hadalka koowaad`,
  ti: `ቀዳማይ ዝርርብ`,
  fi: `Ensimmäinen keskustelu`,
  uk: `Перша розмова`,
};

function visitType(id, name = VISIT_TYPES[id].name, minutes = VISIT_TYPES[id].minutes) {
  return { _key: id, _type: 'visitType', id, name: str(name), minutes };
}

function bookingSchedule({ windows, slotMinutes = 20, seats, visitTypes, closedDates }) {
  return {
    _type: 'bookingSchedule',
    windows: windows.map(([day, start, end]) => ({ _key: day, _type: 'bookingWindow', day, start, end })),
    slotMinutes,
    seats,
    bookAheadDays: 28,
    minNoticeMinutes: 120,
    cancelCutoffMinutes: 120,
    visitTypes,
    closedDates,
  };
}

const YOUTH_VISITS = () => ['talk', 'sti-test', 'contraception', 'pregnancy-test'].map((id) => visitType(id));

const YOUTH_CLINICS = [
  {
    area: 'ekbacken', street: 'Ekparksgatan 11', postalCode: '990 21', at: [60.0866, 15.1142],
    phone: '08-465 004 25', languages: ['sv', 'en', 'ar', 'so'], when: 'tueThu',
    hours: hours('mon 10:00-15:00', 'tue 10:00-15:00', 'tue 16:00-19:00', 'thu 16:00-19:00', 'fri 10:00-14:00'),
    exceptions: [EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['stepFree', 'toilet', 'quiet'],
    booking: { windows: [['tue', '16:00', '19:00'], ['thu', '16:00', '19:00']], seats: 2, closedDates: ['2026-12-24', '2026-12-29', '2026-12-31'] },
    intro: {
      sv: `Ungdomsmottagningen Ekbacken är till för dig som är 13–25 år. Vi finns vid ekparken, bredvid fritidsgården, och har kvällsöppet på tisdagar och torsdagar.`,
      en: `Youth clinic Ekbacken is for you if you are 13–25. We are by the oak park, next to the youth centre, and we are open in the evening on Tuesdays and Thursdays.`,
      ar: `عيادة الشباب في Ekbacken مخصصة لك إذا كان عمرك بين 13 و25 عامًا. نحن بجانب حديقة البلوط، قرب نادي الشباب، ونفتح مساءً يومي الثلاثاء والخميس.`,
      fa: `درمانگاه جوانان Ekbacken برای توست، اگر 13 تا 25 سال داری. ما کنار پارک بلوط‌ها، نزدیک خانهٔ جوانان هستیم و سه‌شنبه‌ها و پنجشنبه‌ها عصر باز هستیم.`,
      so: `Rugta caafimaadka dhallinyarada Ekbacken waxaa loogu talagalay adiga haddii aad tahay 13–25 jir. Waxaan joognaa beerta eek-ga agteeda, meel u dhow xarunta madadaalada dhallinyarada, fiidkiina waxaan furan nahay Salaasada iyo Khamiista.`,
      ti: `ክሊኒክ መንእሰያት Ekbacken ንዕድሚኦም 13–25 ዓመት ዝኾኑ መንእሰያት እዩ። ኣብ ጥቓ ፓርክ ኦክ፡ ኣብ ጎድኒ ማእከል መዘናግዒ መንእሰያት ኢና ዘለና፡ ሰሉስን ሓሙስን ምሸት ድማ ክፉት ኢና።`,
      fi: `Nuorisovastaanotto Ekbacken on sinulle, joka olet 13–25-vuotias. Olemme tammipuiston laidalla nuorisotalon vieressä, ja meillä on iltavastaanotto tiistaisin ja torstaisin.`,
      uk: `Молодіжна клініка Ekbacken – для тебе, якщо тобі 13–25 років. Ми біля дубового парку, поруч із молодіжним центром, і працюємо ввечері у вівторок і четвер.`,
    },
  },
  {
    area: 'lindvallen', street: 'Lindallén 16', postalCode: '990 31', at: [60.0874, 15.1868],
    phone: '08-465 004 35', languages: ['sv', 'en', 'uk'], when: 'monWed',
    hours: hours('mon 16:00-19:00', 'wed 10:00-15:00', 'wed 16:00-19:00', 'fri 10:00-14:00'),
    exceptions: [],
    access: ['ramp', 'toilet', 'parking'],
    booking: { windows: [['mon', '16:00', '19:00'], ['wed', '16:00', '19:00']], seats: 1, closedDates: ['2026-12-28', '2026-12-30'] },
    intro: {
      sv: `Ungdomsmottagningen Lindvallen är till för dig som är 13–25 år. Du hittar oss på Lindallén, nära biblioteket. Vi har kvällsöppet på måndagar och onsdagar.`,
      en: `Youth clinic Lindvallen is for you if you are 13–25. You'll find us on Lindallén, near the library. We are open in the evening on Mondays and Wednesdays.`,
      ar: `عيادة الشباب في Lindvallen مخصصة لك إذا كان عمرك بين 13 و25 عامًا. تجدنا في Lindallén قرب المكتبة. نفتح مساءً يومي الاثنين والأربعاء.`,
      fa: `درمانگاه جوانان Lindvallen برای توست، اگر 13 تا 25 سال داری. ما را در Lindallén، نزدیک کتابخانه پیدا می‌کنی. دوشنبه‌ها و چهارشنبه‌ها عصر باز هستیم.`,
      so: `Rugta caafimaadka dhallinyarada Lindvallen waxaa loogu talagalay adiga haddii aad tahay 13–25 jir. Waxaad naga heli kartaa Lindallén, meel u dhow maktabadda. Fiidkii waxaan furan nahay Isniinta iyo Arbacada.`,
      ti: `ክሊኒክ መንእሰያት Lindvallen ንዕድሚኦም 13–25 ዓመት ዝኾኑ መንእሰያት እዩ። ኣብ Lindallén፡ ኣብ ጥቓ ቤተ-መጻሕፍቲ ክትረኽበና ትኽእል። ሰኑይን ረቡዕን ምሸት ክፉት ኢና።`,
      fi: `Nuorisovastaanotto Lindvallen on sinulle, joka olet 13–25-vuotias. Löydät meidät Lindallénilta kirjaston läheltä. Iltavastaanotto on maanantaisin ja keskiviikkoisin.`,
      uk: `Молодіжна клініка Lindvallen – для тебе, якщо тобі 13–25 років. Ти знайдеш нас на Lindallén, біля бібліотеки. Ввечері ми працюємо в понеділок і середу.`,
    },
  },
  {
    area: 'kvarnby', street: 'Ågatan 3', postalCode: '990 51', at: [60.0348, 15.0315],
    phone: '08-465 004 55', languages: ['sv', 'en', 'ar', 'fa', 'ti'], when: 'wed',
    hours: hours('tue 10:00-15:00', 'wed 17:00-20:00', 'thu 10:00-15:00'),
    exceptions: [],
    access: ['stepFree', 'toilet', 'loop'],
    booking: { windows: [['wed', '17:00', '20:00']], seats: 2, closedDates: ['2026-12-23', '2026-12-30'] },
    intro: {
      sv: `Ungdomsmottagningen Kvarnby är till för dig som är 13–25 år. Vi ligger vid ån, några minuter från busshållplatsen i Kvarnby centrum. På onsdagar har vi öppet till kl. 20.`,
      en: `Youth clinic Kvarnby is for you if you are 13–25. We are by the river, a few minutes from the bus stop in Kvarnby centre. On Wednesdays we are open until 20:00.`,
      ar: `عيادة الشباب في Kvarnby مخصصة لك إذا كان عمرك بين 13 و25 عامًا. نحن بجانب النهر، على بُعد دقائق من موقف الحافلات في وسط Kvarnby. أيام الأربعاء نفتح حتى الساعة 20:00.`,
      fa: `درمانگاه جوانان Kvarnby برای توست، اگر 13 تا 25 سال داری. ما کنار رودخانه هستیم، چند دقیقه از ایستگاه اتوبوس مرکز Kvarnby. چهارشنبه‌ها تا ساعت 20:00 باز هستیم.`,
      so: `Rugta caafimaadka dhallinyarada Kvarnby waxaa loogu talagalay adiga haddii aad tahay 13–25 jir. Waxaan joognaa webiga agtiisa, dhowr daqiiqo oo socod ah joogsiga baska ee bartamaha Kvarnby. Arbacada waxaan furan nahay ilaa 20:00.`,
      ti: `ክሊኒክ መንእሰያት Kvarnby ንዕድሚኦም 13–25 ዓመት ዝኾኑ መንእሰያት እዩ። ኣብ ጥቓ ሩባ፡ ካብ መዕረፊ ኣውቶቡስ ማእከል Kvarnby ሒደት ደቓይቕ ርሒቕና ኣለና። ረቡዕ ክሳብ ሰዓት 20:00 ክፉት ኢና።`,
      fi: `Nuorisovastaanotto Kvarnby on sinulle, joka olet 13–25-vuotias. Olemme joen rannalla, muutaman minuutin päässä Kvarnbyn keskustan bussipysäkiltä. Keskiviikkoisin olemme auki klo 20.00 asti.`,
      uk: `Молодіжна клініка Kvarnby – для тебе, якщо тобі 13–25 років. Ми біля річки, за кілька хвилин від автобусної зупинки в центрі Kvarnby. У середу працюємо до 20:00.`,
    },
  },
  {
    area: 'soderhojden', street: 'Höjdvägen 8', postalCode: '990 71', at: [60.024, 15.1884],
    phone: '08-465 004 75', languages: ['sv', 'en', 'so', 'ti', 'ar'], when: 'monThu',
    hours: hours('mon 10:00-15:00', 'mon 16:00-19:00', 'thu 16:00-19:00', 'fri 10:00-14:00'),
    exceptions: [EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['upstairs', 'lift', 'toilet', 'parking'],
    booking: { windows: [['mon', '16:00', '19:00'], ['thu', '16:00', '19:00']], seats: 3, closedDates: ['2026-12-24', '2026-12-28', '2026-12-31'] },
    intro: {
      sv: `Ungdomsmottagningen Söderhöjden är till för dig som är 13–25 år. Vi finns på Höjdvägen, i samma hus som områdeskontoret. Vi har kvällsöppet på måndagar och torsdagar.`,
      en: `Youth clinic Söderhöjden is for you if you are 13–25. We are on Höjdvägen, in the same building as the area office. We are open in the evening on Mondays and Thursdays.`,
      ar: `عيادة الشباب في Söderhöjden مخصصة لك إذا كان عمرك بين 13 و25 عامًا. نحن في شارع Höjdvägen، في نفس المبنى الذي فيه مكتب المنطقة. نفتح مساءً يومي الاثنين والخميس.`,
      fa: `درمانگاه جوانان Söderhöjden برای توست، اگر 13 تا 25 سال داری. ما در خیابان Höjdvägen، در همان ساختمان دفتر محله هستیم. دوشنبه‌ها و پنجشنبه‌ها عصر باز هستیم.`,
      so: `Rugta caafimaadka dhallinyarada Söderhöjden waxaa loogu talagalay adiga haddii aad tahay 13–25 jir. Waxaan joognaa waddada Höjdvägen, isla dhismaha xafiiska xaafadda. Fiidkii waxaan furan nahay Isniinta iyo Khamiista.`,
      ti: `ክሊኒክ መንእሰያት Söderhöjden ንዕድሚኦም 13–25 ዓመት ዝኾኑ መንእሰያት እዩ። ኣብ Höjdvägen፡ ኣብቲ ቤት ጽሕፈት ከባቢ ዘለዎ ህንጻ ኢና ዘለና። ሰኑይን ሓሙስን ምሸት ክፉት ኢና።`,
      fi: `Nuorisovastaanotto Söderhöjden on sinulle, joka olet 13–25-vuotias. Olemme Höjdvägenillä samassa talossa kuin aluetoimisto. Iltavastaanotto on maanantaisin ja torstaisin.`,
      uk: `Молодіжна клініка Söderhöjden – для тебе, якщо тобі 13–25 років. Ми на вулиці Höjdvägen, у тому ж будинку, що й районний офіс. Ввечері працюємо в понеділок і четвер.`,
    },
  },
  {
    area: 'alvangen', street: 'Älvstranden 8', postalCode: '990 81', at: [60.0318, 15.2629],
    phone: '08-465 004 85', languages: ['sv', 'en', 'uk', 'fi'], when: 'tueThu',
    hours: hours('tue 16:00-19:00', 'wed 10:00-15:00', 'thu 10:00-15:00', 'thu 16:00-19:00'),
    exceptions: [EXCEPTIONS.dayBefore('10:00'), EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
    access: ['stepFree', 'toilet', 'loop', 'quiet'],
    booking: { windows: [['tue', '16:00', '19:00'], ['thu', '16:00', '19:00']], seats: 2, closedDates: ['2026-12-24', '2026-12-29', '2026-12-31'] },
    intro: {
      sv: `Ungdomsmottagningen Älvängen är till för dig som är 13–25 år. Vi ligger vid älven, nära föreningshuset. Vi har kvällsöppet på tisdagar och torsdagar.`,
      en: `Youth clinic Älvängen is for you if you are 13–25. We are by the river, close to the association house. We are open in the evening on Tuesdays and Thursdays.`,
      ar: `عيادة الشباب في Älvängen مخصصة لك إذا كان عمرك بين 13 و25 عامًا. نحن بجانب النهر، قرب بيت الجمعيات. نفتح مساءً يومي الثلاثاء والخميس.`,
      fa: `درمانگاه جوانان Älvängen برای توست، اگر 13 تا 25 سال داری. ما کنار رودخانه، نزدیک خانهٔ انجمن‌ها هستیم. سه‌شنبه‌ها و پنجشنبه‌ها عصر باز هستیم.`,
      so: `Rugta caafimaadka dhallinyarada Älvängen waxaa loogu talagalay adiga haddii aad tahay 13–25 jir. Waxaan joognaa webiga agtiisa, meel u dhow guriga ururrada. Fiidkii waxaan furan nahay Salaasada iyo Khamiista.`,
      ti: `ክሊኒክ መንእሰያት Älvängen ንዕድሚኦም 13–25 ዓመት ዝኾኑ መንእሰያት እዩ። ኣብ ጥቓ ሩባ፡ ኣብ ጥቓ ገዛ ማሕበራት ኢና ዘለና። ሰሉስን ሓሙስን ምሸት ክፉት ኢና።`,
      fi: `Nuorisovastaanotto Älvängen on sinulle, joka olet 13–25-vuotias. Olemme joen rannalla yhdistystalon lähellä. Iltavastaanotto on tiistaisin ja torstaisin.`,
      uk: `Молодіжна клініка Älvängen – для тебе, якщо тобі 13–25 років. Ми біля річки, поруч із будинком асоціацій. Ввечері працюємо у вівторок і четвер.`,
    },
  },
];

const clinicDocs = YOUTH_CLINICS.map((c) => {
  const a = AREA[c.area];
  const s = `ungdomsmottagningen-${c.area}`;
  return {
    _id: `clinic-${s}`,
    _type: 'clinic',
    name: str(fill(YOUTH_NAME, { a: a.name })),
    slug: slug(s),
    area: ref(`area-${c.area}`),
    summary: str(Object.fromEntries(
      Object.entries(YOUTH_SUMMARY).map(([l, v]) => [l, v.replace('{when}', WHEN[c.when][l])]),
    )),
    description: txt(join2(c.intro, YOUTH_WHAT, YOUTH_HOW)),
    address: address(c.street, c.postalCode),
    location: geo(...c.at),
    phone: c.phone,
    email: `ungdomsmottagningen.${c.area}@exempelstad.example`,
    openingHours: c.hours,
    hoursExceptions: c.exceptions,
    languages: c.languages,
    accessibility: accessibility(c.access),
    kind: 'youth',
    ageMin: 13,
    ageMax: 25,
    bookingSchedule: bookingSchedule({ ...c.booking, visitTypes: YOUTH_VISITS() }),
  };
});

clinicDocs.push({
  _id: 'clinic-forsta-linjen',
  _type: 'clinic',
  name: str({
    sv: `Första linjen psykisk hälsa`,
    en: `Första linjen – mental health support for young people`,
    ar: `Första linjen – الدعم النفسي للشباب`,
    fa: `Första linjen – حمایت سلامت روان برای جوانان`,
    so: `Första linjen – taageerada caafimaadka maskaxda ee dhallinyarada`,
    ti: `Första linjen – ደገፍ ጥዕና ኣእምሮ ንመንእሰያት`,
    fi: `Första linjen – nuorten mielenterveyden tuki`,
    uk: `Första linjen – підтримка психічного здоров'я молоді`,
  }),
  slug: slug('forsta-linjen'),
  area: ref('area-stenbacka'),
  summary: str({
    sv: `Samtalsstöd för dig som är 13–25 år och mår psykiskt dåligt. Gratis, utan remiss.`,
    en: `Talking support for 13–25-year-olds who are struggling with their mental health. Free, no referral needed.`,
    ar: `دعم بالحديث لمن تتراوح أعمارهم بين 13 و25 عامًا ويمرّون بوقت صعب نفسيًا. مجاني ودون الحاجة إلى إحالة.`,
    fa: `حمایت از طریق گفت‌وگو برای جوانان 13 تا 25 ساله که حال روحی خوبی ندارند. رایگان و بدون نیاز به معرفی‌نامه.`,
    so: `Taageero wada-hadal ah oo loogu talagalay dhallinyarada 13–25 jir ah ee maskax ahaan dhib qaba. Bilaash, looma baahna warqad gudbin.`,
    ti: `ንመንእሰያት 13–25 ዓመት ኣእምሮኣዊ ጸገም ዘለዎም ብዝርርብ ዝወሃብ ደገፍ። ብናጻ፡ ሪፈራል ኣየድልን።`,
    fi: `Keskusteluapua 13–25-vuotiaille, jotka voivat psyykkisesti huonosti. Maksuton, ei lähetettä.`,
    uk: `Підтримка через розмову для молоді 13–25 років, якій психологічно важко. Безкоштовно, без направлення.`,
  }),
  description: txt({
    sv: [
      `Första linjen är till för dig som är 13–25 år och känner dig nedstämd, orolig eller stressad, eller har svårt att sova. Du behöver ingen remiss. Vi finns på Storgatan i Stenbacka, nära rådhuset.`,
      `Du träffar en psykolog eller en kurator, oftast några gånger. Tillsammans försöker vi förstå vad som är svårt och vad som kan hjälpa. Du kan boka ett första samtal själv, på webben eller per telefon.`,
      `Besöket är gratis och vi har tystnadsplikt. Är det akut – ring 112. Vill du prata med någon direkt, när som helst på dygnet, kan du ringa Självmordslinjen 90101, eller BRIS 116 111 om du är under 18.`,
    ],
    en: [
      `Första linjen (the First Line) is for you if you are 13–25 and feel low, anxious or stressed, or have trouble sleeping. You don't need a referral. We are on Storgatan in Stenbacka, near the town hall.`,
      `You meet a psychologist or a counsellor, usually a few times. Together we try to understand what is difficult and what might help. You can book a first conversation yourself, online or by phone.`,
      `Visits are free and we have a duty of confidentiality. In an emergency, call 112. If you need to talk to someone right away, at any time of day or night, you can call Självmordslinjen on 90101, or BRIS on 116 111 if you are under 18.`,
    ],
    ar: [
      `Första linjen (الخط الأول) مخصص لك إذا كان عمرك بين 13 و25 عامًا وتشعر بالحزن أو القلق أو التوتر، أو تجد صعوبة في النوم. لا تحتاج إلى إحالة. نحن في شارع Storgatan في Stenbacka، قرب مبنى البلدية.`,
      `تلتقي بأخصائي نفسي أو مرشد، عادةً بضع مرات. نحاول معًا أن نفهم ما هو الصعب وما الذي يمكن أن يساعد. يمكنك حجز المحادثة الأولى بنفسك، عبر الإنترنت أو بالهاتف.`,
      `الزيارة مجانية ونحن ملزمون بالسرية. في حالات الطوارئ اتصل بالرقم 112. إذا أردت التحدث مع أحد فورًا، في أي وقت من الليل أو النهار، يمكنك الاتصال بـ Självmordslinjen على الرقم 90101، أو بـ BRIS على الرقم 116 111 إذا كان عمرك أقل من 18 عامًا.`,
    ],
    fa: [
      `Första linjen (خط اول) برای توست، اگر 13 تا 25 سال داری و احساس غم، نگرانی یا استرس داری، یا خوابت خوب نیست. به معرفی‌نامه نیازی نیست. ما در خیابان Storgatan در Stenbacka، نزدیک ساختمان شهرداری هستیم.`,
      `با یک روان‌شناس یا مشاور دیدار می‌کنی، معمولاً چند بار. با هم سعی می‌کنیم بفهمیم چه چیزی سخت است و چه چیزی می‌تواند کمک کند. می‌توانی خودت وقت اولین گفت‌وگو را بگیری، آنلاین یا تلفنی.`,
      `مراجعه رایگان است و ما رازدار هستیم. در موقعیت اضطراری با 112 تماس بگیر. اگر می‌خواهی همین حالا، در هر ساعتی از شبانه‌روز، با کسی صحبت کنی، می‌توانی با Självmordslinjen به شمارهٔ 90101، یا اگر زیر 18 سال هستی با BRIS به شمارهٔ 116 111 تماس بگیری.`,
    ],
    so: [
      `Första linjen (Khadka Koowaad) waxaa loogu talagalay adiga haddii aad tahay 13–25 jir oo aad dareemeyso murugo, walwal ama cadaadis, ama hurdadu kugu adag tahay. Uma baahnid warqad gudbin. Waxaan joognaa waddada Storgatan ee Stenbacka, meel u dhow xarunta dowladda hoose.`,
      `Waxaad la kulmaysaa cilmi-nafsi yaqaan ama la-taliye, badanaa dhowr jeer. Si wadajir ah ayaan isugu dayeynaa inaan fahanno waxa adag iyo waxa ku caawin kara. Adiga qudhaadu waxaad qabsan kartaa ballanta wada-hadalka koowaad, internetka ama taleefanka.`,
      `Booqashadu waa bilaash, sirtaadana waan ilaalinaa. Xaalad degdeg ah, wac 112. Haddii aad rabto inaad qof la hadasho isla markiiba, wakhti kasta oo habeen iyo maalin ah, waxaad wici kartaa Självmordslinjen 90101, ama BRIS 116 111 haddii aad ka yar tahay 18 sano.`,
    ],
    ti: [
      `Första linjen (ቀዳማይ መስመር) ንዕድሚኦም 13–25 ዓመት ዝኾኑ፡ ጓሂ፡ ስክፍታ ወይ ጸቕጢ ዝስምዖም ወይ ድቃስ ዝኸልኦም መንእሰያት እዩ። ሪፈራል ኣየድልየካን። ኣብ Storgatan ኣብ Stenbacka፡ ኣብ ጥቓ ህንጻ ምምሕዳር ኢና ዘለና።`,
      `ምስ ሳይኮሎጂስት ወይ ኣማኻሪ ትራኸብ፡ መብዛሕትኡ ግዜ ሒደት ግዜ። ብሓባር እንታይ ከም ዘጸግም እንታይ ክሕግዝ ከም ዝኽእልን ክንርዳእ ንፍትን። ቀዳማይ ዝርርብ ባዕልኻ ብኢንተርነት ወይ ብተሌፎን ክትሕዝ ትኽእል።`,
      `ምብጻሕ ብናጻ እዩ፡ ምስጢር ድማ ንሕሉ። ህጹጽ እንተኾይኑ ናብ 112 ደውል። ሕጂ ብቕልጡፍ፡ ኣብ ዝኾነ ሰዓት ለይትን መዓልትን፡ ምስ ሰብ ክትዛረብ እንተደሊኻ፡ ናብ Självmordslinjen 90101፡ ወይ ትሕቲ 18 ዓመት እንተኾንካ ናብ BRIS 116 111 ክትድውል ትኽእል።`,
    ],
    fi: [
      `Första linjen (Ensilinja) on sinulle, joka olet 13–25-vuotias ja tunnet itsesi alakuloiseksi, ahdistuneeksi tai stressaantuneeksi tai sinulla on univaikeuksia. Et tarvitse lähetettä. Olemme Storgatanilla Stenbackassa, lähellä kaupungintaloa.`,
      `Tapaat psykologin tai kuraattorin, yleensä muutaman kerran. Yhdessä yritämme ymmärtää, mikä on vaikeaa ja mikä voisi auttaa. Voit varata ensimmäisen keskustelun itse verkossa tai puhelimella.`,
      `Käynti on maksuton, ja meillä on vaitiolovelvollisuus. Hätätilanteessa soita 112. Jos haluat puhua jonkun kanssa heti, mihin vuorokaudenaikaan tahansa, voit soittaa Självmordslinjeniin numeroon 90101 tai alle 18-vuotiaana BRIS:iin numeroon 116 111.`,
    ],
    uk: [
      `Första linjen («Перша лінія») – для тебе, якщо тобі 13–25 років і ти почуваєшся пригніченим, тривожним чи напруженим або погано спиш. Направлення не потрібне. Ми на вулиці Storgatan у Stenbacka, біля ратуші.`,
      `Ти зустрічаєшся з психологом або консультантом, зазвичай кілька разів. Разом ми намагаємося зрозуміти, що саме важко і що може допомогти. Записатися на першу розмову можна самостійно – онлайн або телефоном.`,
      `Візит безкоштовний, і ми зберігаємо конфіденційність. У надзвичайній ситуації телефонуй 112. Якщо хочеш поговорити з кимось негайно, у будь-який час доби, можеш зателефонувати на Självmordslinjen за номером 90101 або в BRIS за номером 116 111, якщо тобі менше 18.`,
    ],
  }),
  address: address('Storgatan 8', '990 61'),
  location: geo(60.0289, 15.1108),
  phone: '08-465 004 65',
  email: 'forsta.linjen@exempelstad.example',
  openingHours: hours('mon-tue 08:30-16:00', 'wed 12:00-19:00', 'thu-fri 08:30-16:00'),
  hoursExceptions: [EXCEPTIONS.dayBefore('12:00'), EXCEPTIONS.christmasEve, EXCEPTIONS.newYearsEve],
  languages: ['sv', 'en', 'ar', 'fa'],
  accessibility: accessibility(['stepFree', 'lift', 'toilet', 'loop', 'quiet']),
  kind: 'firstContact',
  ageMin: 13,
  ageMax: 25,
  bookingSchedule: bookingSchedule({
    windows: [['mon', '09:00', '11:40'], ['wed', '16:00', '18:40']],
    slotMinutes: 40,
    seats: 2,
    visitTypes: [visitType('talk', FIRST_TALK_NAME, 40)],
    closedDates: ['2026-12-28', '2026-12-30'],
  }),
});

// ---------------------------------------------------------------------------
// Associations (all invented)
// ---------------------------------------------------------------------------

const ASSOCIATIONS = [
  {
    slug: 'trygga-kvallar', areas: ['norrgardet', 'kvarnby', 'stenbacka'],
    email: 'trygga.kvallar@exempelstad.example', phone: '070-174 06 01', website: 'https://tryggakvallar.exempelstad.example/',
    name: {
      sv: `Föreningen Trygga kvällar`,
      en: `Safe Evenings Association`,
      ar: `جمعية أمسيات آمنة`,
      fa: `انجمن شب‌های امن`,
      so: `Ururka Fiidadka Nabdoon`,
      ti: `ማሕበር ውሑስ ምሸታት`,
      fi: `Turvalliset illat -yhdistys`,
      uk: `Асоціація «Безпечні вечори»`,
    },
    summary: {
      sv: `Vuxna som går kvällsvandringar för att unga ska känna sig trygga.`,
      en: `Adults who go on evening walks so that young people feel safe.`,
      ar: `بالغون يقومون بجولات مسائية كي يشعر الشباب بالأمان.`,
      fa: `بزرگسالانی که عصرها در محله قدم می‌زنند تا جوانان احساس امنیت کنند.`,
      so: `Dad waaweyn oo fiidkii socod ku wareega si dhallinyaradu u dareemaan nabadgelyo.`,
      ti: `መንእሰያት ውሕስነት ክስምዖም ምሸት ዝዛወሩ ዓበይቲ።`,
      fi: `Aikuisia, jotka kiertävät iltaisin kävellen, jotta nuoret tuntisivat olonsa turvalliseksi.`,
      uk: `Дорослі, які вечорами обходять район, щоб молодь почувалася в безпеці.`,
    },
    description: {
      sv: [`Trygga kvällar är en förening för vuxna som vill göra kvällarna tryggare för unga. Vi går kvällsvandringar i Norrgärdet, Kvarnby och centrum.`, `Du som är över 18 år är välkommen att gå med. Vi går alltid i grupp, och första gången får du en kort introduktion.`],
      en: [`Safe Evenings is an association for adults who want to make evenings safer for young people. We go on evening walks in Norrgärdet, Kvarnby and the town centre.`, `If you are over 18, you are welcome to join us. We always walk in groups, and the first time you get a short introduction.`],
      ar: [`جمعية أمسيات آمنة تضم بالغين يريدون أن تكون الأمسيات أكثر أمانًا للشباب. نقوم بجولات مسائية في Norrgärdet وKvarnby ووسط المدينة.`, `إذا كان عمرك فوق 18 عامًا فأنت مرحَّب بك للانضمام إلينا. نمشي دائمًا في مجموعات، وفي المرة الأولى تحصل على تعريف قصير.`],
      fa: [`انجمن شب‌های امن برای بزرگسالانی است که می‌خواهند عصرها برای جوانان امن‌تر باشد. ما در Norrgärdet، Kvarnby و مرکز شهر پیاده‌روی عصرگاهی داریم.`, `اگر بالای 18 سال دارید، خوشحال می‌شویم به ما بپیوندید. ما همیشه گروهی راه می‌رویم و بار اول یک آشنایی کوتاه می‌گیرید.`],
      so: [`Fiidadka Nabdoon waa urur loogu talagalay dadka waaweyn ee doonaya in fiidadku dhallinyarada u noqdaan kuwo nabdoon. Waxaan fiidkii ku soconaa Norrgärdet, Kvarnby iyo bartamaha magaalada.`, `Haddii aad ka weyn tahay 18 sano, waad nagu soo biiri kartaa. Had iyo jeer waxaan u soconaa koox ahaan, markii ugu horreysana waxaad helaysaa hordhac gaaban.`],
      ti: [`ውሑስ ምሸታት፡ ምሸታት ንመንእሰያት ዝያዳ ውሑስ ክኸውን ንዝደልዩ ዓበይቲ ዝኸውን ማሕበር እዩ። ኣብ Norrgärdet፡ Kvarnbyን ማእከል ከተማን ምሸት ንዛወር።`, `ልዕሊ 18 ዓመት እንተኾንኩም ምሳና ክትጽንበሩ ብሓጎስ ንቕበለኩም። ኩሉ ግዜ ብጉጅለ ኢና እንኸይድ፡ ንመጀመርታ ግዜ ድማ ሓጺር መእተዊ ትረኽቡ።`],
      fi: [`Turvalliset illat on yhdistys aikuisille, jotka haluavat tehdä illoista turvallisempia nuorille. Kierrämme iltaisin Norrgärdetissa, Kvarnbyssä ja keskustassa.`, `Jos olet täyttänyt 18, olet tervetullut mukaan. Kuljemme aina ryhmässä, ja ensimmäisellä kerralla saat lyhyen perehdytyksen.`],
      uk: [`«Безпечні вечори» – асоціація дорослих, які хочуть, щоб вечори були безпечнішими для молоді. Ми виходимо на вечірні обходи в Norrgärdet, Kvarnby та в центрі міста.`, `Якщо вам більше 18, долучайтеся. Ми завжди ходимо групою, а першого разу ви отримаєте короткий інструктаж.`],
    },
  },
  {
    slug: 'laxhjalpen', areas: ['ekbacken', 'lindvallen', 'soderhojden'],
    email: 'laxhjalpen@exempelstad.example', phone: '070-174 06 02', website: 'https://laxhjalpen.exempelstad.example/',
    name: {
      sv: `Läxhjälpsföreningen Exempelstad`,
      en: `Exempelstad Homework Help Association`,
      ar: `جمعية المساعدة في الواجبات المدرسية في Exempelstad`,
      fa: `انجمن کمک به تکالیف مدرسه در Exempelstad`,
      so: `Ururka Caawinta Casharrada Guriga ee Exempelstad`,
      ti: `ማሕበር ሓገዝ ዕዮ-ገዛ Exempelstad`,
      fi: `Läksyapuyhdistys Exempelstad`,
      uk: `Асоціація допомоги з домашніми завданнями Exempelstad`,
    },
    summary: {
      sv: `Frivilliga som ger gratis läxhjälp till barn och unga.`,
      en: `Volunteers who give free homework help to children and young people.`,
      ar: `متطوعون يقدّمون مساعدة مجانية في الواجبات المدرسية للأطفال واليافعين.`,
      fa: `داوطلبانی که به کودکان و نوجوانان رایگان در تکالیف مدرسه کمک می‌کنند.`,
      so: `Mutadawiciin bilaash ugu caawiya carruurta iyo dhallinyarada casharrada guriga.`,
      ti: `ንቆልዑን መንእሰያትን ብናጻ ኣብ ዕዮ-ገዛ ዝሕግዙ ወለንተኛታት።`,
      fi: `Vapaaehtoisia, jotka antavat maksutonta läksyapua lapsille ja nuorille.`,
      uk: `Волонтери, які безкоштовно допомагають дітям і підліткам із домашніми завданнями.`,
    },
    description: {
      sv: [`Vi är studenter, pensionärer och andra frivilliga som tycker att alla barn ska få hjälp med skolan. Vi har läxhjälp i Ekbacken, Lindvallen och Söderhöjden.`, `Vill du bli läxhjälpare? Hör av dig till oss – du behöver inte vara lärare.`],
      en: [`We are students, pensioners and other volunteers who believe every child should get help with school. We run homework help in Ekbacken, Lindvallen and Söderhöjden.`, `Would you like to help with homework? Get in touch – you don't need to be a teacher.`],
      ar: [`نحن طلاب ومتقاعدون ومتطوعون آخرون نؤمن بأن كل طفل يستحق المساعدة في دراسته. نقدّم المساعدة في الواجبات في Ekbacken وLindvallen وSöderhöjden.`, `هل تريد أن تتطوع للمساعدة في الواجبات؟ تواصل معنا – لا يلزم أن تكون معلمًا.`],
      fa: [`ما دانشجویان، بازنشستگان و داوطلبان دیگری هستیم که معتقدیم همهٔ بچه‌ها باید در درس‌هایشان کمک بگیرند. ما در Ekbacken، Lindvallen و Söderhöjden کمک به تکالیف داریم.`, `می‌خواهید در تکالیف به بچه‌ها کمک کنید؟ با ما تماس بگیرید – لازم نیست معلم باشید.`],
      so: [`Waxaan nahay arday, hawlgab iyo mutadawiciin kale oo aaminsan in ilmo kastaa uu helo caawimaad xagga dugsiga ah. Waxaan caawinta casharrada ka bixinnaa Ekbacken, Lindvallen iyo Söderhöjden.`, `Ma rabtaa inaad noqoto caawiye casharrada? Nala soo xiriir – uma baahnid inaad macallin tahay.`],
      ti: [`ንሕና ተመሃሮ ዩኒቨርሲቲ፡ ጡረተኛታትን ካልኦት ወለንተኛታትን ኢና፡ ኩሉ ቆልዓ ኣብ ትምህርቲ ሓገዝ ክረክብ ኣለዎ ኢልና ንኣምን። ኣብ Ekbacken፡ Lindvallenን Söderhöjdenን ሓገዝ ዕዮ-ገዛ ንህብ።`, `ሓጋዚ ዕዮ-ገዛ ክትኮኑ ትደልዩ ዶ? ተወከሱና – መምህር ክትኮኑ ኣየድልን።`],
      fi: [`Olemme opiskelijoita, eläkeläisiä ja muita vapaaehtoisia, joiden mielestä jokaisen lapsen pitää saada apua koulunkäyntiin. Meillä on läksyapua Ekbackenissa, Lindvallenissa ja Söderhöjdenissä.`, `Haluaisitko läksyauttajaksi? Ota yhteyttä – sinun ei tarvitse olla opettaja.`],
      uk: [`Ми – студенти, пенсіонери та інші волонтери, які вважають, що кожна дитина має отримати допомогу з навчанням. Ми допомагаємо з домашніми завданнями в Ekbacken, Lindvallen і Söderhöjden.`, `Хочете допомагати з домашніми завданнями? Напишіть нам – бути вчителем не обов'язково.`],
    },
  },
  {
    slug: 'kvarnby-if', areas: ['kvarnby', 'norrgardet'],
    email: 'kvarnby.if@exempelstad.example', phone: '070-174 06 03', website: 'https://kvarnbyif.exempelstad.example/',
    name: {
      sv: `Kvarnby idrottsförening`,
      en: `Kvarnby Sports Club`,
      ar: `نادي Kvarnby الرياضي`,
      fa: `باشگاه ورزشی Kvarnby`,
      so: `Naadiga Isboortiga Kvarnby`,
      ti: `ክለብ ስፖርት Kvarnby`,
      fi: `Urheiluseura Kvarnby`,
      uk: `Спортивний клуб Kvarnby`,
    },
    summary: {
      sv: `Idrott för alla, med öppen hall för unga i Kvarnby och Norrgärdet.`,
      en: `Sport for everyone, with open sports halls for young people in Kvarnby and Norrgärdet.`,
      ar: `رياضة للجميع، مع صالات مفتوحة للشباب في Kvarnby وNorrgärdet.`,
      fa: `ورزش برای همه، با سالن باز برای جوانان در Kvarnby و Norrgärdet.`,
      so: `Isboorti qof walba, iyo hoolal furan oo dhallinyarada ah gudaha Kvarnby iyo Norrgärdet.`,
      ti: `ስፖርት ንኹሉ፡ ኣብ Kvarnbyን Norrgärdetን ንመንእሰያት ክፉት ኣዳራሽ ዘለዎ።`,
      fi: `Urheilua kaikille ja avoimia salivuoroja nuorille Kvarnbyssä ja Norrgärdetissa.`,
      uk: `Спорт для всіх і відкриті спортзали для молоді в Kvarnby та Norrgärdet.`,
    },
    description: {
      sv: [`Kvarnby idrottsförening har fotboll, basket och innebandy för barn och unga. Vi tycker att idrott ska vara roligt och billigt, och att alla ska få vara med.`, `På helgerna har vi öppen hall, dit du kan komma utan att vara medlem.`],
      en: [`Kvarnby Sports Club offers football, basketball and floorball for children and young people. We think sport should be fun and cheap, and that everyone should be able to take part.`, `At weekends we run open sports halls that you can come to without being a member.`],
      ar: [`يقدّم نادي Kvarnby الرياضي كرة القدم وكرة السلة وهوكي الصالات للأطفال واليافعين. نرى أن الرياضة يجب أن تكون ممتعة ورخيصة، وأن يشارك فيها الجميع.`, `في عطلة نهاية الأسبوع نفتح الصالات، ويمكنك المجيء دون أن تكون عضوًا.`],
      fa: [`باشگاه ورزشی Kvarnby برای کودکان و نوجوانان فوتبال، بسکتبال و هاکی سالنی دارد. به نظر ما ورزش باید سرگرم‌کننده و ارزان باشد و همه بتوانند در آن شرکت کنند.`, `آخر هفته‌ها سالن باز داریم و بدون عضویت هم می‌توانید بیایید.`],
      so: [`Naadiga Isboortiga Kvarnby wuxuu carruurta iyo dhallinyarada u leeyahay kubadda cagta, kubadda koleyga iyo hoogga gudaha (innebandy). Waxaan aaminsannahay in isboortigu noqdo mid xiiso leh oo jaban, qof kastana uu ka qayb gali karo.`, `Dhammaadka usbuuca waxaan leenahay hool furan, oo aad iman kartid adigoon xubin ahayn.`],
      ti: [`ክለብ ስፖርት Kvarnby ንቆልዑን መንእሰያትን ኩዕሶ እግሪ፡ ኩዕሶ ሰኪዔትን ኢንነባንዲን የዳሉ። ስፖርት ዘሕጉስን ሕሱርን ክኸውን፡ ኩሉ ሰብ ድማ ክሳተፍ ኣለዎ ኢልና ንኣምን።`, `ኣብ ቀዳመ-ሰንበት ክፉት ኣዳራሽ ኣለና፡ ኣባል ከይኾንካ ክትመጽእ ትኽእል።`],
      fi: [`Urheiluseura Kvarnby tarjoaa lapsille ja nuorille jalkapalloa, koripalloa ja salibandya. Meidän mielestämme urheilun pitää olla hauskaa ja edullista, ja kaikkien pitää päästä mukaan.`, `Viikonloppuisin meillä on avoimia salivuoroja, joihin voit tulla, vaikka et olisi jäsen.`],
      uk: [`Спортивний клуб Kvarnby пропонує дітям і підліткам футбол, баскетбол і флорбол. Ми вважаємо, що спорт має бути веселим і недорогим, а брати участь мають усі охочі.`, `На вихідних у нас відкритий спортзал, куди можна прийти, навіть якщо ви не член клубу.`],
    },
  },
  {
    slug: 'foraldranatverket-syd', areas: ['soderhojden', 'alvangen', 'stenbacka'],
    email: 'foraldranatverket.syd@exempelstad.example', phone: '070-174 06 04',
    name: {
      sv: `Föräldranätverket Syd`,
      en: `Parents' Network South`,
      ar: `شبكة أولياء الأمور – الجنوب`,
      fa: `شبکهٔ والدین جنوب`,
      so: `Shabakadda Waalidiinta ee Koonfurta`,
      ti: `መርበብ ወለዲ ደቡብ`,
      fi: `Vanhempainverkosto Etelä`,
      uk: `Мережа батьків «Південь»`,
    },
    summary: {
      sv: `Föräldrar i Söderhöjden, Älvängen och centrum som stöttar varandra.`,
      en: `Parents in Söderhöjden, Älvängen and the town centre who support each other.`,
      ar: `أولياء أمور في Söderhöjden وÄlvängen ووسط المدينة يدعمون بعضهم بعضًا.`,
      fa: `والدینی در Söderhöjden، Älvängen و مرکز شهر که از هم حمایت می‌کنند.`,
      so: `Waalidiin ku nool Söderhöjden, Älvängen iyo bartamaha magaalada oo is taageera.`,
      ti: `ኣብ Söderhöjden፡ Älvängenን ማእከል ከተማን ዘለዉ ንሓድሕዶም ዝደጋገፉ ወለዲ።`,
      fi: `Söderhöjdenin, Älvängenin ja keskustan vanhempia, jotka tukevat toisiaan.`,
      uk: `Батьки з Söderhöjden, Älvängen і центру міста, які підтримують одне одного.`,
    },
    description: {
      sv: [`Föräldranätverket Syd är föräldrar som vill lära känna varandra och hjälpas åt. Vi ordnar föräldraträffar, kurser och kvällsvandringar.`, `Du behöver inte vara medlem för att komma. Alla föräldrar och andra viktiga vuxna är välkomna.`],
      en: [`Parents' Network South is a group of parents who want to get to know each other and help one another. We organise parents' meetings, courses and evening walks.`, `You don't need to be a member to come. All parents and other important adults are welcome.`],
      ar: [`شبكة أولياء الأمور – الجنوب تجمع آباءً وأمهات يريدون التعارف ومساعدة بعضهم. ننظّم لقاءات لأولياء الأمور ودورات وجولات مسائية.`, `لا تحتاج إلى العضوية لتحضر. كل أولياء الأمور والبالغين المهمين في حياة الأطفال مرحَّب بهم.`],
      fa: [`شبکهٔ والدین جنوب گروهی از پدران و مادران است که می‌خواهند با هم آشنا شوند و به هم کمک کنند. ما دیدار والدین، دوره‌های آموزشی و پیاده‌روی عصرگاهی برگزار می‌کنیم.`, `برای آمدن لازم نیست عضو باشید. همهٔ والدین و دیگر بزرگسالانِ مهم در زندگی بچه‌ها خوش آمدند.`],
      so: [`Shabakadda Waalidiinta ee Koonfurta waa waalidiin doonaya inay is bartaan oo is caawiyaan. Waxaan qabannaa kulamo waalidiin, koorsooyin iyo socod fiidkii ah.`, `Uma baahnid inaad xubin noqoto si aad u timaado. Dhammaan waalidiinta iyo dadka waaweyn ee kale ee muhiimka u ah carruurta waa la soo dhoweynayaa.`],
      ti: [`መርበብ ወለዲ ደቡብ ክፋለጡን ክተሓጋገዙን ዝደልዩ ወለዲ እዮም። ኣኼባታት ወለዲ፡ ኮርሳትን ናይ ምሸት ዙረትን ነዳሉ።`, `ንምምጻእ ኣባል ክትኮኑ ኣየድልን። ኩሎም ወለዲን ካልኦት ኣገደስቲ ዓበይትን እንቋዕ ብደሓን መጹ።`],
      fi: [`Vanhempainverkosto Etelä on joukko vanhempia, jotka haluavat tutustua toisiinsa ja auttaa toisiaan. Järjestämme vanhempainiltoja, kursseja ja iltakävelyjä.`, `Sinun ei tarvitse olla jäsen tullaksesi mukaan. Kaikki vanhemmat ja muut lapsille tärkeät aikuiset ovat tervetulleita.`],
      uk: [`Мережа батьків «Південь» – це батьки, які хочуть познайомитися й допомагати одне одному. Ми організовуємо зустрічі батьків, курси та вечірні обходи району.`, `Щоб прийти, не потрібно бути членом. Раді всім батькам та іншим важливим для дітей дорослим.`],
    },
  },
  {
    slug: 'sprakvanner', areas: ['lindvallen', 'tallmon', 'stenbacka'],
    email: 'sprakvanner@exempelstad.example', website: 'https://sprakvanner.exempelstad.example/',
    name: {
      sv: `Språkvänner i Exempelstad`,
      en: `Language Friends Exempelstad`,
      ar: `أصدقاء اللغة في Exempelstad`,
      fa: `دوستان زبان در Exempelstad`,
      so: `Saaxiibada Luqadda ee Exempelstad`,
      ti: `መሓዙት ቋንቋ ኣብ Exempelstad`,
      fi: `Kieliystävät Exempelstad`,
      uk: `Мовні друзі Exempelstad`,
    },
    summary: {
      sv: `Språkcaféer där du kan öva svenska med frivilliga.`,
      en: `Language cafés where you can practise Swedish with volunteers.`,
      ar: `مقاهٍ لغوية يمكنك فيها ممارسة السويدية مع متطوعين.`,
      fa: `کافه‌های زبان که در آن‌ها می‌توانید با داوطلبان سوئدی تمرین کنید.`,
      so: `Kafeeyo luqadeed oo aad af-Iswiidhishka kula tababaran karto mutadawiciin.`,
      ti: `ምስ ወለንተኛታት ሽወድኛ እትለማመዱሉ ቤት ቡን ቋንቋ።`,
      fi: `Kielikahviloita, joissa voit harjoitella ruotsia vapaaehtoisten kanssa.`,
      uk: `Мовні кафе, де можна практикувати шведську з волонтерами.`,
    },
    description: {
      sv: [`Språkvänner är en förening för dig som vill öva svenska och för dig som vill hjälpa till. Vi har språkcaféer i Lindvallen, Tallmon och på stadsbiblioteket.`, `Det är gratis att vara med, och du behöver inte anmäla dig.`],
      en: [`Language Friends is an association for people who want to practise Swedish and for people who want to help. We run language cafés in Lindvallen, Tallmon and at the city library.`, `Taking part is free, and you don't need to sign up.`],
      ar: [`أصدقاء اللغة جمعية لمن يريد ممارسة اللغة السويدية ولمن يريد المساعدة. لدينا مقاهٍ لغوية في Lindvallen وTallmon وفي المكتبة العامة.`, `المشاركة مجانية ولا تحتاج إلى التسجيل.`],
      fa: [`دوستان زبان انجمنی است برای کسانی که می‌خواهند سوئدی تمرین کنند و کسانی که می‌خواهند کمک کنند. ما در Lindvallen، Tallmon و کتابخانهٔ شهر کافهٔ زبان داریم.`, `شرکت رایگان است و نیازی به ثبت‌نام نیست.`],
      so: [`Saaxiibada Luqadda waa urur loogu talagalay dadka doonaya inay ku tababartaan af-Iswiidhishka iyo dadka doonaya inay caawiyaan. Waxaan kafeeyo luqadeed ku leenahay Lindvallen, Tallmon iyo maktabadda magaalada.`, `Ka qayb galku waa bilaash, iskana diiwaangelin uma baahnid.`],
      ti: [`መሓዙት ቋንቋ ሽወድኛ ክለማመዱ ንዝደልዩን ክሕግዙ ንዝደልዩን ዝኸውን ማሕበር እዩ። ኣብ Lindvallen፡ Tallmonን ቤተ-መጻሕፍቲ ከተማን ቤት ቡን ቋንቋ ኣለና።`, `ምስታፍ ብናጻ እዩ፡ ምምዝጋብ ድማ ኣየድልን።`],
      fi: [`Kieliystävät on yhdistys niille, jotka haluavat harjoitella ruotsia, ja niille, jotka haluavat auttaa. Meillä on kielikahviloita Lindvallenissa, Tallmonissa ja kaupunginkirjastossa.`, `Mukana olo on maksutonta, eikä sinun tarvitse ilmoittautua.`],
      uk: [`«Мовні друзі» – асоціація для тих, хто хоче практикувати шведську, і для тих, хто хоче допомагати. У нас є мовні кафе в Lindvallen, Tallmon і в міській бібліотеці.`, `Участь безкоштовна, реєструватися не потрібно.`],
    },
  },
  {
    slug: 'somaliska-foraldraforeningen', areas: ['ekbacken', 'soderhojden'],
    email: 'somaliska.foraldrar@exempelstad.example', phone: '070-174 06 06',
    name: {
      sv: `Somaliska föräldraföreningen`,
      en: `Somali Parents' Association`,
      ar: `جمعية أولياء الأمور الصوماليين`,
      fa: `انجمن والدین سومالیایی`,
      so: `Ururka Waalidiinta Soomaaliyeed`,
      ti: `ማሕበር ሶማላውያን ወለዲ`,
      fi: `Somalialaisten vanhempien yhdistys`,
      uk: `Асоціація сомалійських батьків`,
    },
    summary: {
      sv: `Somaliska föräldrar som stöttar varandra och sina barn.`,
      en: `Somali parents supporting each other and their children.`,
      ar: `أولياء أمور صوماليون يدعمون بعضهم بعضًا ويدعمون أطفالهم.`,
      fa: `والدین سومالیایی که از یکدیگر و از فرزندانشان حمایت می‌کنند.`,
      so: `Waalidiin Soomaaliyeed oo is taageera oo garab taagan carruurtooda.`,
      ti: `ንሓድሕዶምን ንደቆምን ዝድግፉ ሶማላውያን ወለዲ።`,
      fi: `Somalialaisia vanhempia, jotka tukevat toisiaan ja lapsiaan.`,
      uk: `Сомалійські батьки, які підтримують одне одного та своїх дітей.`,
    },
    description: {
      sv: [`Föreningen samlar somaliska föräldrar i Ekbacken och Söderhöjden. Vi vill att våra barn ska klara skolan och känna sig trygga.`, `Vi ordnar föräldracaféer, mammagrupper och kvällsvandringar. Vi pratar somaliska och svenska.`],
      en: [`The association brings together Somali parents in Ekbacken and Söderhöjden. We want our children to do well at school and feel safe.`, `We organise parents' cafés, mothers' groups and evening walks. We speak Somali and Swedish.`],
      ar: [`تجمع الجمعية أولياء الأمور الصوماليين في Ekbacken وSöderhöjden. نريد أن ينجح أطفالنا في المدرسة وأن يشعروا بالأمان.`, `ننظّم مقاهي لأولياء الأمور ومجموعات للأمهات وجولات مسائية. نتحدث الصومالية والسويدية.`],
      fa: [`این انجمن والدین سومالیایی را در Ekbacken و Söderhöjden دور هم جمع می‌کند. می‌خواهیم فرزندانمان در مدرسه موفق باشند و احساس امنیت کنند.`, `ما کافهٔ والدین، گروه مادران و پیاده‌روی عصرگاهی برگزار می‌کنیم. به سومالیایی و سوئدی صحبت می‌کنیم.`],
      so: [`Ururku wuxuu isu keenaa waalidiinta Soomaaliyeed ee ku nool Ekbacken iyo Söderhöjden. Waxaan rabnaa in carruurteennu ay dugsiga ku guuleystaan oo ay dareemaan nabadgelyo.`, `Waxaan qabannaa kafeeyo waalidiin, kooxo hooyooyin iyo socod fiidkii ah. Waxaan ku hadallaa Soomaali iyo Iswiidhish.`],
      ti: [`እዚ ማሕበር ኣብ Ekbackenን Söderhöjdenን ዘለዉ ሶማላውያን ወለዲ የኣኻኽብ። ደቅና ኣብ ትምህርቲ ክዕወቱን ውሕስነት ክስምዖምን ንደሊ።`, `ቤት ቡን ወለዲ፡ ጉጅለታት ኣደታትን ናይ ምሸት ዙረትን ነዳሉ። ሶማልኛን ሽወድኛን ንዛረብ።`],
      fi: [`Yhdistys kokoaa yhteen Ekbackenin ja Söderhöjdenin somalialaisia vanhempia. Haluamme, että lapsemme pärjäävät koulussa ja tuntevat olonsa turvalliseksi.`, `Järjestämme vanhempien kahviloita, äitiryhmiä ja iltakävelyjä. Puhumme somalia ja ruotsia.`],
      uk: [`Асоціація об'єднує сомалійських батьків з Ekbacken і Söderhöjden. Ми хочемо, щоб наші діти добре вчилися й почувалися в безпеці.`, `Ми організовуємо кав'ярні для батьків, групи для мам і вечірні обходи району. Говоримо сомалі та шведською.`],
    },
  },
  {
    slug: 'kvinnoforeningen-kvarnby', areas: ['kvarnby'],
    email: 'kvinnoforeningen.kvarnby@exempelstad.example', phone: '070-174 06 07',
    name: {
      sv: `Kvinnoföreningen i Kvarnby`,
      en: `Kvarnby Women's Association`,
      ar: `جمعية النساء في Kvarnby`,
      fa: `انجمن زنان Kvarnby`,
      so: `Ururka Haweenka Kvarnby`,
      ti: `ማሕበር ደቂ ኣንስትዮ Kvarnby`,
      fi: `Naisyhdistys Kvarnby`,
      uk: `Жіноча асоціація Kvarnby`,
    },
    summary: {
      sv: `En mötesplats för kvinnor och tjejer i Kvarnby.`,
      en: `A meeting place for women and girls in Kvarnby.`,
      ar: `مكان لقاء للنساء والفتيات في Kvarnby.`,
      fa: `جایی برای دیدار زنان و دختران در Kvarnby.`,
      so: `Meel ay haweenka iyo gabdhuhu ku kulmaan gudaha Kvarnby.`,
      ti: `ኣብ Kvarnby ደቂ ኣንስትዮን ኣዋልድን ዝራኸባሉ ቦታ።`,
      fi: `Kohtaamispaikka Kvarnbyn naisille ja tytöille.`,
      uk: `Місце зустрічей для жінок і дівчат у Kvarnby.`,
    },
    description: {
      sv: [`Kvinnoföreningen i Kvarnby är en plats där kvinnor i alla åldrar kan träffas, lära sig nya saker och stötta varandra.`, `Vi har kvinnocafé på tisdagar och tjejkväll på torsdagar. Vi pratar bland annat svenska, arabiska, persiska och tigrinja.`],
      en: [`Kvarnby Women's Association is a place where women of all ages can meet, learn new things and support each other.`, `We have a women's café on Tuesdays and a girls' evening on Thursdays. Among other languages, we speak Swedish, Arabic, Persian and Tigrinya.`],
      ar: [`جمعية النساء في Kvarnby مكان تلتقي فيه النساء من جميع الأعمار، يتعلّمن أشياء جديدة ويدعمن بعضهن بعضًا.`, `لدينا مقهى للنساء أيام الثلاثاء وأمسية للفتيات أيام الخميس. نتحدث السويدية والعربية والفارسية والتغرينية، ولغات أخرى.`],
      fa: [`انجمن زنان Kvarnby جایی است که زنان در هر سنی می‌توانند همدیگر را ببینند، چیزهای تازه یاد بگیرند و از هم حمایت کنند.`, `سه‌شنبه‌ها کافهٔ زنان و پنجشنبه‌ها شب دختران داریم. از جمله به سوئدی، عربی، فارسی و تیگرینیا صحبت می‌کنیم.`],
      so: [`Ururka Haweenka Kvarnby waa meel ay haweenka da' kasta leh ku kulmi karaan, wax cusub ku baran karaan, isna taageeri karaan.`, `Salaasada waxaan leenahay kafeega haweenka, Khamiistana fiidka gabdhaha. Waxaan ku hadallaa Iswiidhish, Carabi, Faarisi iyo Tigrinya, iyo luqado kale.`],
      ti: [`ማሕበር ደቂ ኣንስትዮ Kvarnby ደቂ ኣንስትዮ ናይ ኩሉ ዕድመ ዝራኸባሉ፡ ሓደሽቲ ነገራት ዝመሃራሉን ንሓድሕደን ዝደጋገፋሉን ቦታ እዩ።`, `ሰሉስ ቤት ቡን ደቂ ኣንስትዮ፡ ሓሙስ ድማ ምሸት ኣዋልድ ኣለና። ካብ ካልኦት ቋንቋታት ሽወድኛ፡ ዓረብኛ፡ ፋርስኛን ትግርኛን ንዛረብ።`],
      fi: [`Naisyhdistys Kvarnby on paikka, jossa kaikenikäiset naiset voivat tavata, oppia uutta ja tukea toisiaan.`, `Tiistaisin meillä on naisten kahvila ja torstaisin tyttöjen ilta. Puhumme muun muassa ruotsia, arabiaa, persiaa ja tigrinjaa.`],
      uk: [`Жіноча асоціація Kvarnby – місце, де жінки будь-якого віку можуть зустрічатися, вчитися нового й підтримувати одна одну.`, `У вівторок у нас жіноче кафе, а в четвер – вечір для дівчат. Ми говоримо, зокрема, шведською, арабською, перською та тигринья.`],
    },
  },
  {
    slug: 'ukrainska-foreningen', areas: ['alvangen', 'lindvallen'],
    email: 'ukrainska@exempelstad.example', phone: '070-174 06 08', website: 'https://ukrainska.exempelstad.example/',
    name: {
      sv: `Ukrainska föreningen i Exempelstad`,
      en: `Ukrainian Association of Exempelstad`,
      ar: `الجمعية الأوكرانية في Exempelstad`,
      fa: `انجمن اوکراینی‌های Exempelstad`,
      so: `Ururka Yukreeniyaanka ee Exempelstad`,
      ti: `ማሕበር ዩክሬናውያን ኣብ Exempelstad`,
      fi: `Ukrainalainen yhdistys Exempelstad`,
      uk: `Українське товариство в Exempelstad`,
    },
    summary: {
      sv: `Gemenskap, språk och kultur för ukrainare och deras grannar.`,
      en: `Community, language and culture for Ukrainians and their neighbours.`,
      ar: `مجتمع ولغة وثقافة للأوكرانيين وجيرانهم.`,
      fa: `همبستگی، زبان و فرهنگ برای اوکراینی‌ها و همسایه‌هایشان.`,
      so: `Wadajir, luqad iyo dhaqan loogu talagalay Yukreeniyaanka iyo deriskooda.`,
      ti: `ንዩክሬናውያንን ንጎረባብቶምን ሕብረት፡ ቋንቋን ባህልን።`,
      fi: `Yhteisöä, kieltä ja kulttuuria ukrainalaisille ja heidän naapureilleen.`,
      uk: `Спільнота, мова й культура для українців та їхніх сусідів.`,
    },
    description: {
      sv: [`Föreningen startade 2022 och samlar ukrainare i Exempelstad. Vi hjälper varandra med vardagen i Sverige och håller det ukrainska språket och kulturen levande.`, `Vi har lördagsskola, läxhjälp och språkcafé, och alla grannar är välkomna på våra fester.`],
      en: [`The association started in 2022 and brings together Ukrainians in Exempelstad. We help each other with everyday life in Sweden and keep the Ukrainian language and culture alive.`, `We run a Saturday school, homework help and a language café, and all neighbours are welcome at our parties.`],
      ar: [`تأسست الجمعية عام 2022 وتجمع الأوكرانيين في Exempelstad. نساعد بعضنا في الحياة اليومية في السويد ونحافظ على اللغة والثقافة الأوكرانية حيّة.`, `لدينا مدرسة يوم السبت ومساعدة في الواجبات ومقهى لغوي، وكل الجيران مرحَّب بهم في احتفالاتنا.`],
      fa: [`این انجمن در سال 2022 شروع به کار کرد و اوکراینی‌های Exempelstad را دور هم جمع می‌کند. ما در زندگی روزمره در سوئد به هم کمک می‌کنیم و زبان و فرهنگ اوکراینی را زنده نگه می‌داریم.`, `ما مدرسهٔ شنبه، کمک در تکالیف و کافهٔ زبان داریم و همهٔ همسایه‌ها در جشن‌هایمان خوش آمدند.`],
      so: [`Ururku wuxuu bilaabmay 2022, wuxuuna isu keenaa Yukreeniyaanka ku nool Exempelstad. Waxaan isku caawinnaa nolol maalmeedka Iswiidhan, waxaanan ilaalinnaa luqadda iyo dhaqanka Yukreeniyaanka.`, `Waxaan leenahay dugsi Sabti, caawinta casharrada guriga iyo kafee luqadeed, dhammaan deriskuna waa ku soo dhowyihiin xafladahayaga.`],
      ti: [`እዚ ማሕበር ኣብ 2022 ተጀሚሩ፡ ኣብ Exempelstad ዘለዉ ዩክሬናውያን የኣኻኽብ። ኣብ መዓልታዊ ናብራ ሽወደን ንተሓጋገዝ፡ ቋንቋን ባህልን ዩክሬን ድማ ህያው ንገብር።`, `ቤት ትምህርቲ ቀዳም፡ ሓገዝ ዕዮ-ገዛን ቤት ቡን ቋንቋን ኣለና፡ ኩሎም ጎረባብቲ ድማ ኣብ በዓላትና እንቋዕ ብደሓን መጹ።`],
      fi: [`Yhdistys perustettiin vuonna 2022, ja se kokoaa yhteen Exempelstadin ukrainalaiset. Autamme toisiamme arjessa Ruotsissa ja pidämme ukrainan kielen ja kulttuurin elävänä.`, `Meillä on lauantaikoulu, läksyapua ja kielikahvila, ja kaikki naapurit ovat tervetulleita juhliimme.`],
      uk: [`Товариство засноване у 2022 році й об'єднує українців Exempelstad. Ми допомагаємо одне одному з повсякденним життям у Швеції та зберігаємо українську мову й культуру.`, `У нас є суботня школа, допомога з домашніми завданнями та мовне кафе, а на наші свята запрошуємо всіх сусідів.`],
    },
  },
  {
    slug: 'sverigefinska-foreningen', areas: ['tallmon', 'norrgardet'],
    email: 'sverigefinska@exempelstad.example', phone: '070-174 06 09', website: 'https://sverigefinska.exempelstad.example/',
    name: {
      sv: `Sverigefinska föreningen i Exempelstad`,
      en: `Sweden Finnish Association of Exempelstad`,
      ar: `الجمعية السويدية الفنلندية في Exempelstad`,
      fa: `انجمن فنلاندی‌تباران سوئد در Exempelstad`,
      so: `Ururka Finnishka Iswiidhan ee Exempelstad`,
      ti: `ማሕበር ፊንላንዳውያን ሽወደን ኣብ Exempelstad`,
      fi: `Ruotsinsuomalainen yhdistys Exempelstad`,
      uk: `Товариство шведських фінів Exempelstad`,
    },
    summary: {
      sv: `Finskt språk och finsk kultur i Tallmon och Norrgärdet.`,
      en: `Finnish language and culture in Tallmon and Norrgärdet.`,
      ar: `اللغة والثقافة الفنلندية في Tallmon وNorrgärdet.`,
      fa: `زبان و فرهنگ فنلاندی در Tallmon و Norrgärdet.`,
      so: `Luqadda iyo dhaqanka Finnishka gudaha Tallmon iyo Norrgärdet.`,
      ti: `ቋንቋን ባህልን ፊንላንድ ኣብ Tallmonን Norrgärdetን።`,
      fi: `Suomen kieltä ja kulttuuria Tallmonissa ja Norrgärdetissa.`,
      uk: `Фінська мова й культура в Tallmon і Norrgärdet.`,
    },
    description: {
      sv: [`Sverigefinska föreningen finns till för alla som talar finska eller vill lära sig. Vi har funnits i Tallmon i många år.`, `Vi ordnar språkcafé, barngrupp och fester. Här är barn, unga och äldre välkomna.`],
      en: [`The Sweden Finnish Association is for everyone who speaks Finnish or wants to learn it. We have been in Tallmon for many years.`, `We organise a language café, a children's group and parties. Children, young people and older people are all welcome.`],
      ar: [`الجمعية السويدية الفنلندية لكل من يتحدث الفنلندية أو يريد تعلّمها. نحن موجودون في Tallmon منذ سنوات طويلة.`, `ننظّم مقهى لغويًا ومجموعة للأطفال واحتفالات. الأطفال والشباب وكبار السن كلهم مرحَّب بهم.`],
      fa: [`انجمن فنلاندی‌تباران سوئد برای همهٔ کسانی است که فنلاندی صحبت می‌کنند یا می‌خواهند یاد بگیرند. ما سال‌هاست در Tallmon هستیم.`, `ما کافهٔ زبان، گروه کودکان و جشن برگزار می‌کنیم. کودکان، جوانان و سالمندان همه خوش آمدند.`],
      so: [`Ururka Finnishka Iswiidhan waxaa loogu talagalay qof kasta oo ku hadla af-Finnish ama doonaya inuu barto. Sannado badan ayaan ku sugnayn Tallmon.`, `Waxaan qabannaa kafee luqadeed, koox carruureed iyo xaflado. Carruurta, dhallinyarada iyo dadka waayeelka ahba waa la soo dhoweynayaa.`],
      ti: [`ማሕበር ፊንላንዳውያን ሽወደን ንኹሉ ፊንላንድኛ ዝዛረብ ወይ ክመሃር ዝደሊ እዩ። ንብዙሕ ዓመታት ኣብ Tallmon ኣለና።`, `ቤት ቡን ቋንቋ፡ ጉጅለ ቆልዑን በዓላትን ነዳሉ። ቆልዑ፡ መንእሰያትን ኣረጋውያንን ኩሎም እንቋዕ ብደሓን መጹ።`],
      fi: [`Ruotsinsuomalainen yhdistys on kaikille, jotka puhuvat suomea tai haluavat oppia sitä. Olemme toimineet Tallmonissa jo monta vuotta.`, `Järjestämme kielikahvilaa, lapsiryhmää ja juhlia. Lapset, nuoret ja ikäihmiset ovat kaikki tervetulleita.`],
      uk: [`Товариство шведських фінів – для всіх, хто говорить фінською або хоче її вивчити. Ми працюємо в Tallmon уже багато років.`, `Ми організовуємо мовне кафе, дитячу групу та свята. Раді і дітям, і молоді, і старшим людям.`],
    },
  },
  {
    slug: 'eritreanska-ungdomsforeningen', areas: ['soderhojden', 'kvarnby'],
    email: 'eritreanska.unga@exempelstad.example', phone: '070-174 06 10',
    name: {
      sv: `Eritreanska ungdomsföreningen`,
      en: `Eritrean Youth Association`,
      ar: `جمعية الشباب الإريتريين`,
      fa: `انجمن جوانان اریتره‌ای`,
      so: `Ururka Dhallinyarada Eritrea`,
      ti: `ማሕበር መንእሰያት ኤርትራውያን`,
      fi: `Eritrealaisten nuorten yhdistys`,
      uk: `Асоціація еритрейської молоді`,
    },
    summary: {
      sv: `Unga som ordnar kvällar med musik, spel och gemenskap.`,
      en: `Young people organising evenings with music, games and community.`,
      ar: `شباب ينظّمون أمسيات فيها موسيقى وألعاب وأجواء جماعية.`,
      fa: `جوانانی که شب‌هایی با موسیقی، بازی و همدلی برگزار می‌کنند.`,
      so: `Dhallinyaro qabanqaabiya fiidad leh muusig, ciyaaro iyo wadajir.`,
      ti: `ምሸታት ሙዚቃ፡ ጸወታን ሕብረትን ዘዳልዉ መንእሰያት።`,
      fi: `Nuoria, jotka järjestävät iltoja musiikin, pelien ja yhdessäolon parissa.`,
      uk: `Молодь, яка організовує вечори з музикою, іграми та спілкуванням.`,
    },
    description: {
      sv: [`Vi är unga med rötter i Eritrea som vill skapa bra mötesplatser för alla unga. Vi ordnar ungdomskvällar i Kvarnby och Söderhöjden.`, `Alla är välkomna, oavsett bakgrund. Vi pratar tigrinja, svenska och engelska.`],
      en: [`We are young people with roots in Eritrea who want to create good meeting places for all young people. We organise youth evenings in Kvarnby and Söderhöjden.`, `Everyone is welcome, whatever their background. We speak Tigrinya, Swedish and English.`],
      ar: [`نحن شباب من أصول إريترية نريد أن نصنع أماكن لقاء جيدة لكل الشباب. ننظّم أمسيات للشباب في Kvarnby وSöderhöjden.`, `الجميع مرحَّب بهم مهما كانت خلفيتهم. نتحدث التغرينية والسويدية والإنجليزية.`],
      fa: [`ما جوانانی با ریشهٔ اریتره‌ای هستیم که می‌خواهیم برای همهٔ جوانان جاهای خوبی برای دیدار بسازیم. در Kvarnby و Söderhöjden شب‌های جوانان برگزار می‌کنیم.`, `همه، با هر پیشینه‌ای، خوش آمدند. به تیگرینیا، سوئدی و انگلیسی صحبت می‌کنیم.`],
      so: [`Waxaan nahay dhallinyaro asalkoodu Eritrea yahay oo doonaya inay dhallinyarada oo dhan u abuuraan goobo kulan oo wanaagsan. Waxaan fiidad dhallinyaro ku qabannaa Kvarnby iyo Söderhöjden.`, `Qof kastaa waa soo dhowyahay, asalkiisu wuxuu doono ha ahaadee. Waxaan ku hadallaa Tigrinya, Iswiidhish iyo Ingiriis.`],
      ti: [`ንሕና ንኹሎም መንእሰያት ጽቡቕ ቦታታት ርክብ ክንፈጥር እንደሊ ኤርትራዊ መበቆል ዘለና መንእሰያት ኢና። ኣብ Kvarnbyን Söderhöjdenን ምሸታት መንእሰያት ነዳሉ።`, `ዝኾነ ድሕረ-ባይታ ይሃልዎ፡ ኩሉ ሰብ እንቋዕ ብደሓን መጸ። ትግርኛ፡ ሽወድኛን እንግሊዝኛን ንዛረብ።`],
      fi: [`Olemme nuoria, joiden juuret ovat Eritreassa, ja haluamme luoda hyviä kohtaamispaikkoja kaikille nuorille. Järjestämme nuorten iltoja Kvarnbyssä ja Söderhöjdenissä.`, `Kaikki ovat tervetulleita taustasta riippumatta. Puhumme tigrinjaa, ruotsia ja englantia.`],
      uk: [`Ми – молодь з еритрейським корінням, яка хоче створювати добрі місця зустрічей для всіх молодих людей. Ми проводимо молодіжні вечори в Kvarnby і Söderhöjden.`, `Раді всім, незалежно від походження. Говоримо тигринья, шведською та англійською.`],
    },
  },
  {
    slug: 'ekbackens-schackklubb', areas: ['ekbacken', 'norrgardet'],
    email: 'schack.ekbacken@exempelstad.example', website: 'https://schack.exempelstad.example/',
    name: {
      sv: `Ekbackens schackklubb`,
      en: `Ekbacken Chess Club`,
      ar: `نادي الشطرنج في Ekbacken`,
      fa: `باشگاه شطرنج Ekbacken`,
      so: `Naadiga Chess-ka ee Ekbacken`,
      ti: `ክለብ ቸስ Ekbacken`,
      fi: `Shakkikerho Ekbacken`,
      uk: `Шаховий клуб Ekbacken`,
    },
    summary: {
      sv: `Schack för barn och vuxna, nybörjare och vana spelare.`,
      en: `Chess for children and adults, beginners and experienced players.`,
      ar: `شطرنج للأطفال والكبار، للمبتدئين وأصحاب الخبرة.`,
      fa: `شطرنج برای کودکان و بزرگسالان، تازه‌کارها و بازیکنان باتجربه.`,
      so: `Chess loogu talagalay carruurta iyo dadka waaweyn, kuwa bilowga ah iyo kuwa khibradda leh.`,
      ti: `ቸስ ንቆልዑን ንዓበይትን፡ ንጀመርቲን ንውዑያትን።`,
      fi: `Shakkia lapsille ja aikuisille, aloittelijoille ja kokeneille pelaajille.`,
      uk: `Шахи для дітей і дорослих, для новачків і досвідчених гравців.`,
    },
    description: {
      sv: [`Ekbackens schackklubb har spelat schack i över trettio år. Vi har schackkvällar, träning för barn och turneringar.`, `Du behöver inte vara medlem för att prova. Vi lånar ut brädor och hjälper dig att komma igång.`],
      en: [`Ekbacken Chess Club has been playing chess for over thirty years. We have chess evenings, training for children and tournaments.`, `You don't need to be a member to give it a try. We lend out boards and help you get started.`],
      ar: [`يلعب نادي الشطرنج في Ekbacken الشطرنج منذ أكثر من ثلاثين عامًا. لدينا أمسيات شطرنج وتدريب للأطفال وبطولات.`, `لا تحتاج إلى العضوية لتجرّب. نعير رقع الشطرنج ونساعدك على البداية.`],
      fa: [`باشگاه شطرنج Ekbacken بیش از سی سال است که فعالیت می‌کند. ما شب‌های شطرنج، تمرین برای کودکان و مسابقه داریم.`, `برای امتحان کردن لازم نیست عضو باشید. صفحهٔ شطرنج قرض می‌دهیم و کمکتان می‌کنیم شروع کنید.`],
      so: [`Naadiga Chess-ka ee Ekbacken wuxuu chess ciyaarayay in ka badan soddon sano. Waxaan leenahay fiidad chess, tababar carruureed iyo tartamo.`, `Uma baahnid inaad xubin noqoto si aad isugu daydo. Waxaan amaahinnaa looxyada, waxaanan kaa caawinnaa inaad bilowdo.`],
      ti: [`ክለብ ቸስ Ekbacken ልዕሊ ሰላሳ ዓመት ቸስ ክጻወት ጸኒሑ። ምሸታት ቸስ፡ ልምምድ ንቆልዑን ውድድራትን ኣለና።`, `ንምፍታን ኣባል ክትከውን ኣየድልን። ሰሌዳታት ነለቅሕ፡ ክትጅምር ድማ ንሕግዘካ።`],
      fi: [`Shakkikerho Ekbacken on pelannut shakkia yli kolmekymmentä vuotta. Meillä on shakki-iltoja, valmennusta lapsille ja turnauksia.`, `Sinun ei tarvitse olla jäsen kokeillaksesi. Lainaamme lautoja ja autamme sinut alkuun.`],
      uk: [`Шаховий клуб Ekbacken грає в шахи вже понад тридцять років. У нас є шахові вечори, тренування для дітей і турніри.`, `Щоб спробувати, не обов'язково бути членом клубу. Ми позичаємо дошки й допоможемо почати.`],
    },
  },
  {
    slug: 'soderhojdens-boxningsklubb', areas: ['soderhojden', 'alvangen'],
    email: 'boxning.soderhojden@exempelstad.example', phone: '070-174 06 12', website: 'https://boxning.exempelstad.example/',
    name: {
      sv: `Söderhöjdens boxningsklubb`,
      en: `Söderhöjden Boxing Club`,
      ar: `نادي الملاكمة في Söderhöjden`,
      fa: `باشگاه بوکس Söderhöjden`,
      so: `Naadiga Feerka ee Söderhöjden`,
      ti: `ክለብ ቦክስ Söderhöjden`,
      fi: `Nyrkkeilyseura Söderhöjden`,
      uk: `Боксерський клуб Söderhöjden`,
    },
    summary: {
      sv: `Boxning och träning för unga i Söderhöjden och Älvängen.`,
      en: `Boxing and training for young people in Söderhöjden and Älvängen.`,
      ar: `ملاكمة وتمارين للشباب في Söderhöjden وÄlvängen.`,
      fa: `بوکس و تمرین برای جوانان در Söderhöjden و Älvängen.`,
      so: `Feer iyo jimicsi loogu talagalay dhallinyarada Söderhöjden iyo Älvängen.`,
      ti: `ቦክስን ልምምድን ንመንእሰያት ኣብ Söderhöjdenን Älvängenን።`,
      fi: `Nyrkkeilyä ja treeniä nuorille Söderhöjdenissä ja Älvängenissä.`,
      uk: `Бокс і тренування для молоді в Söderhöjden і Älvängen.`,
    },
    description: {
      sv: [`Söderhöjdens boxningsklubb tränar teknik, kondition och respekt. Många av våra tränare har själva vuxit upp i området.`, `Vi har nybörjarträning i Söderhöjden och öppen hall på söndagar i Älvängen.`],
      en: [`Söderhöjden Boxing Club trains technique, fitness and respect. Many of our coaches grew up in the area themselves.`, `We have beginners' training in Söderhöjden and an open sports hall on Sundays in Älvängen.`],
      ar: [`يدرّب نادي الملاكمة في Söderhöjden على التقنية واللياقة والاحترام. كثير من مدربينا نشؤوا في هذه المنطقة.`, `لدينا تدريب للمبتدئين في Söderhöjden وصالة مفتوحة أيام الأحد في Älvängen.`],
      fa: [`باشگاه بوکس Söderhöjden روی تکنیک، آمادگی بدنی و احترام کار می‌کند. بسیاری از مربیان ما خودشان در همین محله بزرگ شده‌اند.`, `ما در Söderhöjden تمرین برای تازه‌کارها و یکشنبه‌ها در Älvängen سالن باز داریم.`],
      so: [`Naadiga Feerka ee Söderhöjden wuxuu tababaraa farsamada, jir-dhiska iyo ixtiraamka. Qaar badan oo ka mid ah tababarayaashayada ayaa ku soo koray xaafaddan.`, `Waxaan tababar u leenahay kuwa bilowga ah gudaha Söderhöjden, iyo hool furan Axadda gudaha Älvängen.`],
      ti: [`ክለብ ቦክስ Söderhöjden ቴክኒክ፡ ኣካላዊ ብቕዓትን ምክብባርን የለማምድ። ብዙሓት ካብ ኣሰልጠንትና ባዕሎም ኣብዚ ከባቢ እዮም ዓብዮም።`, `ኣብ Söderhöjden ንጀመርቲ ልምምድ፡ ሰንበት ድማ ኣብ Älvängen ክፉት ኣዳራሽ ኣለና።`],
      fi: [`Nyrkkeilyseura Söderhöjden harjoittelee tekniikkaa, kuntoa ja kunnioitusta. Moni valmentajistamme on itse kasvanut alueella.`, `Meillä on aloittelijoiden treenit Söderhöjdenissä ja avoin salivuoro sunnuntaisin Älvängenissä.`],
      uk: [`Боксерський клуб Söderhöjden тренує техніку, витривалість і повагу. Багато наших тренерів самі виросли в цьому районі.`, `У нас є тренування для початківців у Söderhöjden і відкритий спортзал по неділях в Älvängen.`],
    },
  },
  {
    slug: 'lindvallens-tjejfotboll', areas: ['lindvallen', 'tallmon'],
    email: 'tjejfotboll@exempelstad.example', phone: '070-174 06 13', website: 'https://tjejfotboll.exempelstad.example/',
    name: {
      sv: `Lindvallens tjejfotboll`,
      en: `Lindvallen Girls' Football`,
      ar: `كرة القدم للفتيات في Lindvallen`,
      fa: `فوتبال دختران Lindvallen`,
      so: `Kubadda Cagta Gabdhaha ee Lindvallen`,
      ti: `ኩዕሶ እግሪ ኣዋልድ Lindvallen`,
      fi: `Tyttöjen jalkapallo Lindvallen`,
      uk: `Дівочий футбол Lindvallen`,
    },
    summary: {
      sv: `Fotboll för tjejer i Lindvallen och Tallmon – för att det är roligt.`,
      en: `Football for girls in Lindvallen and Tallmon – because it's fun.`,
      ar: `كرة القدم للفتيات في Lindvallen وTallmon – لأنها ممتعة.`,
      fa: `فوتبال برای دختران در Lindvallen و Tallmon – چون خوش می‌گذرد.`,
      so: `Kubadda cagta gabdhaha ee Lindvallen iyo Tallmon – maxaa yeelay waa xiiso.`,
      ti: `ኩዕሶ እግሪ ንኣዋልድ ኣብ Lindvallenን Tallmonን – ስለ ዘሕጉስ።`,
      fi: `Jalkapalloa tytöille Lindvallenissa ja Tallmonissa – koska se on hauskaa.`,
      uk: `Футбол для дівчат у Lindvallen і Tallmon – бо це весело.`,
    },
    description: {
      sv: [`Hos oss spelar tjejer fotboll för att det är roligt. Vi har grupper från sju år och uppåt, och alla får spela.`, `Du kan prova några gånger innan du bestämmer dig. Våra ledare hjälper dig att komma in i gruppen.`],
      en: [`Girls play football with us because it's fun. We have groups from the age of seven upwards, and everyone gets to play.`, `You can try a few times before you decide. Our leaders help you settle into the group.`],
      ar: [`تلعب الفتيات كرة القدم معنا لأنها ممتعة. لدينا مجموعات من عمر سبع سنوات فما فوق، والجميع يشاركن في اللعب.`, `يمكنك التجربة بضع مرات قبل أن تقرري. تساعدك قائداتنا على الاندماج في المجموعة.`],
      fa: [`دختران پیش ما فوتبال بازی می‌کنند چون خوش می‌گذرد. گروه‌هایی از هفت سالگی به بالا داریم و همه بازی می‌کنند.`, `می‌توانی چند بار امتحان کنی و بعد تصمیم بگیری. مربی‌های ما کمکت می‌کنند با گروه آشنا شوی.`],
      so: [`Gabdhuhu kubadda cagta waxay nala ciyaaraan maxaa yeelay waa xiiso. Waxaan leenahay kooxo ka bilaabma toddoba sano iyo wixii ka weyn, qof kastana waa ciyaaraa.`, `Waxaad isku dayi kartaa dhowr jeer intaadan go'aan gaarin. Hoggaamiyayaashayada ayaa kaa caawinaya inaad la qabsato kooxda.`],
      ti: [`ኣዋልድ ምሳና ኩዕሶ እግሪ ዝጻወታ ስለ ዘሕጉስ እዩ። ካብ ሸውዓተ ዓመት ንላዕሊ ጉጅለታት ኣለዉና፡ ኩለን ድማ ይጻወታ።`, `ቅድሚ ምውሳንኪ ሒደት ግዜ ክትፍትኒ ትኽእሊ። መራሕትና ምስ ጉጅለ ክትላመዲ ይሕግዙኺ።`],
      fi: [`Tytöt pelaavat kanssamme jalkapalloa, koska se on hauskaa. Meillä on ryhmiä seitsemänvuotiaista ylöspäin, ja kaikki pääsevät pelaamaan.`, `Voit kokeilla muutaman kerran ennen kuin päätät. Ohjaajamme auttavat sinua pääsemään porukkaan mukaan.`],
      uk: [`Дівчата грають у нас у футбол, бо це весело. У нас є групи від семи років і старші, і грають усі.`, `Можна спробувати кілька разів, перш ніж вирішити. Наші тренерки допоможуть влитися в команду.`],
    },
  },
  {
    slug: 'seniorforeningen-norrgardet', areas: ['norrgardet', 'tallmon'],
    email: 'seniorer.norrgardet@exempelstad.example', phone: '070-174 06 14',
    name: {
      sv: `Seniorföreningen Norrgärdet`,
      en: `Norrgärdet Seniors' Association`,
      ar: `جمعية كبار السن في Norrgärdet`,
      fa: `انجمن سالمندان Norrgärdet`,
      so: `Ururka Dadka Waayeelka ah ee Norrgärdet`,
      ti: `ማሕበር ኣረጋውያን Norrgärdet`,
      fi: `Senioriyhdistys Norrgärdet`,
      uk: `Товариство людей старшого віку Norrgärdet`,
    },
    summary: {
      sv: `Gemenskap, luncher och promenader för seniorer.`,
      en: `Company, lunches and walks for seniors.`,
      ar: `صحبة ووجبات غداء ونزهات لكبار السن.`,
      fa: `همنشینی، ناهار و پیاده‌روی برای سالمندان.`,
      so: `Wehel, qado iyo socod loogu talagalay dadka waayeelka ah.`,
      ti: `ሕብረት፡ ምሳሕን ዙረትን ንኣረጋውያን።`,
      fi: `Seuraa, lounaita ja kävelyretkiä senioreille.`,
      uk: `Спілкування, обіди та прогулянки для людей старшого віку.`,
    },
    description: {
      sv: [`Seniorföreningen Norrgärdet är till för dig som är pensionär och vill träffa andra. Vi har luncher, föredrag och stavgång.`, `Vi finns i Norrgärdet och Tallmon. Du är välkommen även om du inte är medlem.`],
      en: [`Norrgärdet Seniors' Association is for pensioners who want to meet other people. We have lunches, talks and Nordic walking.`, `We are active in Norrgärdet and Tallmon. You are welcome even if you are not a member.`],
      ar: [`جمعية كبار السن في Norrgärdet للمتقاعدين الذين يريدون لقاء الآخرين. لدينا وجبات غداء ومحاضرات ومشي بالعصي.`, `نحن موجودون في Norrgärdet وTallmon. أنت مرحَّب بك حتى لو لم تكن عضوًا.`],
      fa: [`انجمن سالمندان Norrgärdet برای بازنشستگانی است که می‌خواهند با دیگران دیدار کنند. ما ناهار، سخنرانی و پیاده‌روی با باتوم (نوردیک واکینگ) داریم.`, `ما در Norrgärdet و Tallmon فعالیم. حتی اگر عضو نباشید، خوش آمدید.`],
      so: [`Ururka Dadka Waayeelka ah ee Norrgärdet waxaa loogu talagalay hawlgabka doonaya inay dad kale la kulmaan. Waxaan leenahay qado, muxaadarooyin iyo socod ulo lagu taageerto.`, `Waxaan ku sugnaa Norrgärdet iyo Tallmon. Waad soo dhowdahay xitaa haddii aadan xubin ahayn.`],
      ti: [`ማሕበር ኣረጋውያን Norrgärdet ምስ ካልኦት ክራኸቡ ንዝደልዩ ጡረተኛታት እዩ። ምሳሕ፡ መደረታትን ብበትሪ ምኻድን ኣለና።`, `ኣብ Norrgärdetን Tallmonን ኣለና። ኣባል እንተዘይኮንኩም'ውን እንቋዕ ብደሓን መጻእኩም።`],
      fi: [`Senioriyhdistys Norrgärdet on eläkeläisille, jotka haluavat tavata muita. Meillä on lounaita, esitelmiä ja sauvakävelyä.`, `Toimimme Norrgärdetissa ja Tallmonissa. Olet tervetullut, vaikka et olisi jäsen.`],
      uk: [`Товариство людей старшого віку Norrgärdet – для пенсіонерів, які хочуть спілкуватися з іншими. У нас є обіди, лекції та скандинавська ходьба.`, `Ми працюємо в Norrgärdet і Tallmon. Раді вам, навіть якщо ви не член товариства.`],
    },
  },
  {
    slug: 'teatergruppen-scenljus', areas: ['stenbacka', 'alvangen'],
    email: 'scenljus@exempelstad.example', website: 'https://scenljus.exempelstad.example/',
    name: {
      sv: `Teatergruppen Scenljus`,
      en: `Scenljus Theatre Group`,
      ar: `فرقة Scenljus المسرحية`,
      fa: `گروه تئاتر Scenljus`,
      so: `Kooxda Masraxa Scenljus`,
      ti: `ጉጅለ ትያትር Scenljus`,
      fi: `Teatteriryhmä Scenljus`,
      uk: `Театральна група Scenljus`,
    },
    summary: {
      sv: `Teater för unga och föreställningar för hela familjen.`,
      en: `Theatre for young people and shows for the whole family.`,
      ar: `مسرح للشباب وعروض لكل العائلة.`,
      fa: `تئاتر برای جوانان و نمایش برای همهٔ خانواده.`,
      so: `Masrax dhallinyarada iyo bandhigyo qoyska oo dhan.`,
      ti: `ትያትር ንመንእሰያትን ምርኢታት ንመላእ ስድራቤትን።`,
      fi: `Teatteria nuorille ja esityksiä koko perheelle.`,
      uk: `Театр для молоді та вистави для всієї родини.`,
    },
    description: {
      sv: [`Scenljus är en teatergrupp med både unga och vuxna. Vi spelar föreställningar för barn och familjer på Kulturhuset Stenbacka och i Älvängen.`, `Vi har också en teaterklubb för unga 13–19 år.`],
      en: [`Scenljus is a theatre group with both young people and adults. We put on shows for children and families at Kulturhuset Stenbacka and in Älvängen.`, `We also have a theatre club for young people aged 13–19.`],
      ar: [`Scenljus فرقة مسرحية تضم شبابًا وبالغين. نقدّم عروضًا للأطفال والعائلات في Kulturhuset Stenbacka وفي Älvängen.`, `لدينا أيضًا نادٍ مسرحي للشباب من عمر 13 إلى 19 عامًا.`],
      fa: [`Scenljus یک گروه تئاتر با اعضای جوان و بزرگسال است. ما در Kulturhuset Stenbacka و در Älvängen برای کودکان و خانواده‌ها نمایش اجرا می‌کنیم.`, `یک باشگاه تئاتر هم برای جوانان 13 تا 19 ساله داریم.`],
      so: [`Scenljus waa koox masrax oo ay ku jiraan dhallinyaro iyo dad waaweyn. Waxaan bandhigyo u dhigna carruurta iyo qoysaska Kulturhuset Stenbacka iyo Älvängen.`, `Waxaan sidoo kale leenahay naadi masrax oo loogu talagalay dhallinyarada 13–19 jir ah.`],
      ti: [`Scenljus መንእሰያትን ዓበይትን ዘለውዋ ጉጅለ ትያትር እያ። ኣብ Kulturhuset Stenbackaን ኣብ Älvängenን ንቆልዑን ስድራቤታትን ምርኢታት ነቕርብ።`, `ንመንእሰያት 13–19 ዓመት ክለብ ትያትር'ውን ኣለና።`],
      fi: [`Scenljus on teatteriryhmä, jossa on sekä nuoria että aikuisia. Esitämme näytelmiä lapsille ja perheille Kulturhuset Stenbackassa ja Älvängenissä.`, `Meillä on myös teatterikerho 13–19-vuotiaille nuorille.`],
      uk: [`Scenljus – театральна група, у якій є і молодь, і дорослі. Ми показуємо вистави для дітей і родин у Kulturhuset Stenbacka та в Älvängen.`, `У нас також є театральний клуб для молоді 13–19 років.`],
    },
  },
];

const associationDocs = ASSOCIATIONS.map((a) => {
  const doc = {
    _id: `association-${a.slug}`,
    _type: 'association',
    name: str(a.name),
    slug: slug(a.slug),
    summary: str(a.summary),
    description: txt(a.description),
    areas: a.areas.map((s) => ({ _key: s, ...ref(`area-${s}`) })),
    email: a.email,
  };
  if (a.phone) doc.phone = a.phone;
  if (a.website) doc.website = a.website;
  return doc;
});
