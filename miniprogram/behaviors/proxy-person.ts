import { opt } from '../services/form';

/** The villager a cadre registers (代登记) or books a seat for (代订), as the form holds it. */
export interface ProxyPerson {
  name: string;
  phone: string;
  village: string;
  idTail: string;
}

type PersonData = { form: ProxyPerson; noPhone: boolean };
type Instance = WechatMiniprogram.Component.TrivialInstance;

const EMPTY: ProxyPerson = { name: '', phone: '', village: '', idTail: '' };

/**
 * The words of the form, the same wherever a cadre fills it in for someone: the phone may be the
 * family's, or none at all (没有手机: the cadre is the contact and no phone is sent).
 */
const PERSON_WORDS = {
  familyPhone: '手机号填本人或家里人的（一家人可用同一个），只用于通知本人。',
  phonePlaceholder: '本人或家里人的手机都行',
  noPhoneHint: '不用填。到时候由您联系本人，到场时报姓名由您查找。',
  noPhoneDone: '没有手机：由您联系本人',
  idTailPlaceholder: '同村有同名的人又没手机时才填',
};

/**
 * The form for a villager without a smartphone that fairs' 代登记 and trips' 代订 share: name, the
 * family's phone or 没有手机, village, the ID tail for same names. The page's inputs carry
 * `data-field` and `bindinput="onInput"`, the 没有手机 chip `bindtap="onNoPhone"`; the page sends
 * `proxyPersonInput(this.data)` with the rest of its contract's input.
 */
export const proxyPersonBehavior = Behavior({
  data: { form: { ...EMPTY }, noPhone: false, personWords: PERSON_WORDS },
  methods: {
    onInput(this: Instance, e: WechatMiniprogram.Input) {
      const field = (e.currentTarget.dataset as { field: keyof ProxyPerson }).field;
      this.setData({ [`form.${field}`]: e.detail.value, [`errors.${field}`]: '' });
    },
    onNoPhone(this: Instance) {
      this.setData({
        noPhone: !(this.data as PersonData).noPhone,
        'form.phone': '',
        'errors.phone': '',
      });
    },
  },
});

/** The form filled from a page's query (a person of the 劳动力台账: name, phone, village). */
export function personFromQuery(query: Record<string, string | undefined>): Partial<PersonData> {
  const given = (key: string) => decodeURIComponent(query[key] ?? '');
  const name = given('name');
  if (!name) return {};
  return {
    form: { ...EMPTY, name, phone: given('phone'), village: given('village') },
    noPhone: !given('phone'),
  };
}

/** The person's part of the contract's input; the phone is left out only when 没有手机 is ticked. */
export function proxyPersonInput({ form, noPhone }: PersonData) {
  return {
    name: opt(form.name),
    // An empty box is a phone not filled in yet: the contract asks for it.
    phone: noPhone ? undefined : form.phone.trim(),
    village: opt(form.village),
    idTail: opt(form.idTail),
  };
}

/** An empty form for the next villager, on the same village. */
export function nextPerson({ form }: PersonData): PersonData & { errors: Record<string, string> } {
  return { form: { ...EMPTY, village: form.village }, noPhone: false, errors: {} };
}
