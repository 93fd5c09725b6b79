export * from './profile/data-profile';
