import type { APIRoute } from 'astro';
import { apiJsonSchema, json } from '../../../lib/api';

export const GET: APIRoute = ({ site }) => json(apiJsonSchema(site));
