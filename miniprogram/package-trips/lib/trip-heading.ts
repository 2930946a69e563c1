import { formatDay } from '../../shared/index';

/** The heading of an organiser's trip page (核验上车, 花名册): title, departure, pick-up choices. */
export function tripHeading(t: {
  title: string;
  day: string;
  time: string;
  pickups: { id: string; name: string; time: string }[];
}) {
  return {
    title: t.title,
    when: `${formatDay(t.day)} ${t.time} 发车`,
    pickups: t.pickups.map((p) => ({ id: p.id, label: `${p.name} ${p.time}` })),
  };
}
