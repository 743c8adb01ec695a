import { getCollection } from 'astro:content';
import { sortCases } from '../list/facets';
import { groupByStep, stepListPages, type StepListPage } from './replication';

/** Every page of every guide step's full list, from the case files, for the routes under /panduan/. */
export async function getStepListPages(): Promise<StepListPage[]> {
  const groups = groupByStep(sortCases(await getCollection('sentra')));
  const guides = await getCollection('panduan');
  return guides.flatMap((guide) =>
    stepListPages(
      { id: guide.id, title: guide.data.title },
      guide.data.steps.map((item) => item.step),
      groups,
    ),
  );
}
