/**
 * Settings read at build time, in one place. REPOSITORY_URL (and REPOSITORY_BRANCH) point
 * the "Edit this page" and "Report a missing code" links at the project's repository; without
 * them the links are left out. See the README's "Deploying" section.
 */
import { REPOSITORY_BRANCH, REPOSITORY_URL } from 'astro:env/client';
import { repository } from './repository';

export const siteRepository = repository(REPOSITORY_URL, REPOSITORY_BRANCH);
