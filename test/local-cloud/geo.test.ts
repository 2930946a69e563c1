import type { LocalCloud } from '../../local-cloud/index';
import { distanceMetres } from '../../local-cloud/db/geo';
import { errCodeOf, sdkFor, startFixtureCloud, type Sdk } from './helpers';

let local: LocalCloud;
let db: Sdk;
let _: Sdk;

// 浦北县城 and jobs around it (lng, lat).
const PUBEI: [number, number] = [109.556, 22.271];
const places: { title: string; at: [number, number] }[] = [
  { title: '县城电子厂', at: [109.56, 22.272] },
  { title: '寨圩镇砖厂', at: [109.45, 22.2] },
  { title: '北通镇果园', at: [109.75, 22.45] },
  { title: '钦州港码头', at: [108.62, 21.7] },
];

beforeAll(async () => {
  local = await startFixtureCloud();
  db = sdkFor(local).database();
  _ = db.command;
  for (const p of places) {
    await db
      .collection('jobs')
      .add({ data: { title: p.title, location: new db.Geo.Point(p.at[0], p.at[1]) } });
  }
});

afterAll(() => local.stop());

test('geoNear returns jobs nearest first within maxDistance', async () => {
  const { data } = await db
    .collection('jobs')
    .where({
      location: _.geoNear({
        geometry: new db.Geo.Point(...PUBEI),
        maxDistance: 40_000,
        minDistance: 0,
      }),
    })
    .get();
  expect(data.map((d: { title: string }) => d.title)).toEqual([
    '县城电子厂',
    '寨圩镇砖厂',
    '北通镇果园',
  ]);
  expect(data[0].location).toMatchObject({ longitude: 109.56, latitude: 22.272 });
});

test('geoNear inside _.and: the other conditions filter, results stay nearest first', async () => {
  const { data } = await db
    .collection('jobs')
    .where(
      _.and([
        { location: _.geoNear({ geometry: new db.Geo.Point(...PUBEI), maxDistance: 200_000 }) },
        { title: _.neq('寨圩镇砖厂') },
      ]),
    )
    .get();
  expect(data.map((d: { title: string }) => d.title)).toEqual([
    '县城电子厂',
    '北通镇果园',
    '钦州港码头',
  ]);
});

test('two geoNear conditions, or one inside _.or, are refused as MongoDB refuses them', async () => {
  const near = (): unknown => _.geoNear({ geometry: new db.Geo.Point(...PUBEI) });
  const two = await errCodeOf(
    db
      .collection('jobs')
      .where(_.and([{ location: near() }, { location: near() }]))
      .get(),
  );
  expect(two.errMsg).toContain('Too many geoNear');
  const inOr = await errCodeOf(
    db
      .collection('jobs')
      .where(_.or([{ location: near() }, { title: '县城电子厂' }]))
      .get(),
  );
  expect(inOr.errMsg).toContain('geoNear is not allowed inside $or');
});

test('the geoNear aggregate stage adds distances in metres', async () => {
  const { list } = await db
    .collection('jobs')
    .aggregate()
    .geoNear({
      near: new db.Geo.Point(...PUBEI),
      spherical: true,
      distanceField: 'distance',
      key: 'location',
    })
    .project({ _id: 0, title: 1, distance: 1 })
    .end();
  expect(list.map((d: { title: string }) => d.title)).toEqual([
    '县城电子厂',
    '寨圩镇砖厂',
    '北通镇果园',
    '钦州港码头',
  ]);
  expect(list[0].distance).toBeCloseTo(distanceMetres(PUBEI, [109.56, 22.272]), 3);
  // 浦北 to 钦州港 is about 115 km.
  expect(list[3].distance).toBeGreaterThan(100_000);
  expect(list[3].distance).toBeLessThan(130_000);
});

test('geoWithin a polygon and within a circle', async () => {
  const { Polygon, LineString, Point } = db.Geo;
  const ring = new LineString([
    new Point(109.3, 22.1),
    new Point(109.7, 22.1),
    new Point(109.7, 22.35),
    new Point(109.3, 22.35),
    new Point(109.3, 22.1),
  ]);
  const inside = await db
    .collection('jobs')
    .where({ location: _.geoWithin({ geometry: new Polygon([ring]) }) })
    .get();
  expect(inside.data.map((d: { title: string }) => d.title)).toEqual(['县城电子厂', '寨圩镇砖厂']);
  const circle = await db
    .collection('jobs')
    .where({ location: _.geoWithin({ centerSphere: [PUBEI, 5_000 / 6378100] }) })
    .get();
  expect(circle.data.map((d: { title: string }) => d.title)).toEqual(['县城电子厂']);
});

test('geoIntersects finds the village whose area contains a point', async () => {
  const { Polygon, LineString, Point } = db.Geo;
  const square = (x: number, y: number): Sdk =>
    new Polygon([
      new LineString([
        new Point(x, y),
        new Point(x + 0.1, y),
        new Point(x + 0.1, y + 0.1),
        new Point(x, y + 0.1),
        new Point(x, y),
      ]),
    ]);
  await db.collection('villages').add({ data: { name: '庆荣村', area: square(109.5, 22.2) } });
  await db.collection('villages').add({ data: { name: '六硍村', area: square(109.8, 22.5) } });
  const { data } = await db
    .collection('villages')
    .where({ area: _.geoIntersects({ geometry: new Point(109.55, 22.25) }) })
    .get();
  expect(data.map((d: { name: string }) => d.name)).toEqual(['庆荣村']);
});

test('a geo query on a field without a 2dsphere index fails', async () => {
  await db.collection('notes').add({ data: { at: new db.Geo.Point(109.5, 22.2) } });
  const e = await errCodeOf(
    db
      .collection('notes')
      .where({ at: _.geoNear({ geometry: new db.Geo.Point(109.5, 22.2) }) })
      .get(),
  );
  expect(e.errCode).toBe(-502001);
  expect(e.errMsg).toContain('2dsphere');
});
