export * from './options';
export * from './job-categories';
export * from './pay';
export * from './benefits';
export * from './statuses';
export * from './regions';
export * from './workforce';
