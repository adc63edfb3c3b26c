import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { DecisionWeightsPage } from "~/components/decision-weights-page";
import { weightsFormAction, weightsFormLoader } from "~/services/decision/weights-form.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => weightsFormLoader({ request, params, method: "ranks" });
export const action = ({ request, params }: ActionFunctionArgs) => weightsFormAction({ request, params, method: "ranks" });

export default function WeightsRanks() {
  return <DecisionWeightsPage />;
}
