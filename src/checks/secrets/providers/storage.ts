// Object storage, media, CMS and search; identity providers and social logins.
import type { Family } from './types.js';

export const STORAGE: Family = {
  name: 'storage, media, CMS and search',
  why: 'a storage, CMS or search admin key reads, changes and deletes the stored content (user files, published pages, indexes)',
  shapes: [
    {
      // UploadThing's (v6) secret keys are `sk_live_` and 64 hex digits.
      id: 'uploadthing-secret-key',
      title: 'UploadThing secret key',
      pattern: 'sk_live_[a-f0-9]{64}',
      revoke: 'roll the secret key in the UploadThing dashboard (API Keys)',
    },
    {
      id: 'backblaze-b2-key',
      title: 'Backblaze B2 application key',
      pattern: 'K00[0-9][A-Za-z0-9]{27}',
      severity: 'high',
      revoke: 'delete the application key in Backblaze (App Keys)',
    },
    {
      id: 'dropbox-access-token',
      title: 'Dropbox access token',
      pattern: 'sl\\.(?:u\\.)?[A-Za-z0-9_-]{130,}',
      revoke: 'revoke the token in the Dropbox App Console (or unlink the app)',
    },
    {
      id: 'imagekit-private-key',
      title: 'ImageKit private key',
      pattern: 'private_[A-Za-z0-9+/]{28}=',
      revoke: 'regenerate the private key in ImageKit (Developer options)',
    },
    {
      id: 'contentful-management-token',
      title: 'Contentful management token',
      pattern: 'CFPAT-[A-Za-z0-9_-]{43}',
      revoke: 'revoke the token in Contentful (Settings > CMA tokens)',
    },
    {
      id: 'sanity-api-token',
      title: 'Sanity API token',
      pattern: 'sk[A-Za-z0-9]{150,200}',
      near: 'sanity',
      revoke: 'delete the token in Sanity (manage > API > Tokens)',
    },
    {
      id: 'prisma-accelerate-key',
      title: 'Prisma Accelerate API key',
      pattern:
        'prisma(?:\\+postgres)?://[a-z0-9.-]+/\\?api_key=eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{40,}\\.[A-Za-z0-9_-]{20,}',
      why: 'an Accelerate connection string queries and changes the database behind it',
      revoke: 'delete the API key in the Prisma Data Platform console and create a new connection string',
    },
  ],
};

export const AUTH: Family = {
  name: 'identity and social login',
  why: "an identity provider or OAuth client secret signs in as your application: it lets an attacker take over its users' accounts",
  shapes: [
    {
      // Clerk's secret keys share Stripe's `sk_live_` prefix: a file that names Clerk decides.
      id: 'clerk-secret-key',
      title: 'Clerk live secret key',
      pattern: 'sk_live_[A-Za-z0-9]{30,100}',
      near: 'clerk',
      why: "a Clerk secret key manages the application's users and sessions through Clerk's backend API: it can sign in as any user",
      revoke: 'roll the secret key in the Clerk dashboard (Configure > API keys)',
    },
    {
      id: 'stytch-secret',
      title: 'Stytch live secret',
      pattern: 'secret-live-[A-Za-z0-9_=-]{36}',
      revoke: 'rotate the secret in Stytch (API keys)',
    },
    {
      id: 'google-oauth-client-secret',
      title: 'Google OAuth client secret',
      pattern: 'GOCSPX-[A-Za-z0-9_-]{28}',
      revoke: 'reset the client secret in Google Cloud (APIs & Services > Credentials)',
    },
    {
      id: 'twitter-bearer-token',
      title: 'X (Twitter) app bearer token',
      pattern: 'A{20,24}(?<s>[A-Za-z0-9%]{30,})',
      keywords: ['AAAAAAAAAAAAAAAAAAAA'],
      revoke: 'regenerate the bearer token in the X developer portal (Keys and tokens)',
    },
    {
      id: 'facebook-access-token',
      title: 'Meta (Facebook) access token',
      pattern: 'EAA[A-Za-z0-9]{100,}',
      severity: 'high',
      revoke: 'invalidate the token (reset the app secret in Meta for Developers, or log the user out)',
    },
  ],
};
