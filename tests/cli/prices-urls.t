# the download commands for a region
args: prices urls uk
status: 0
--- stdout
#!/bin/sh
# The price lists runsheet prices import reads for region uk (United Kingdom (London)).
# Written by runsheet prices urls uk; run it where the internet is reachable.
set -eu

# Google Cloud, europe-west2 (London)
: "${GCP_API_KEY:?set GCP_API_KEY to a Google Cloud API key (the Cloud Billing Catalog API needs one)}"
gcp_pages() { # NAME SERVICE_ID: each page of the SKU list as NAME-1.json, ...
  n=1; token=
  while :; do
    curl -fsS -o "$1-$n.json" "https://cloudbilling.googleapis.com/v1/services/$2/skus?currencyCode=USD&pageSize=5000&key=$GCP_API_KEY${token:+&pageToken=$token}"
    token=$(sed -n 's/.*"nextPageToken": *"\([^"]*\)".*/\1/p' "$1-$n.json")
    [ -n "$token" ] || break
    n=$((n + 1))
  done
}
gcp_pages 'gcp-cloud-run' '152E-C115-5142'
gcp_pages 'gcp-compute-engine' '6F81-5844-456A'
gcp_pages 'gcp-kubernetes-engine' 'CCD8-9BF1-090E'
gcp_pages 'gcp-networking' 'E505-1604-58F8'
runsheet prices import gcp gcp-cloud-run-*.json gcp-compute-engine-*.json gcp-kubernetes-engine-*.json gcp-networking-*.json --region europe-west2 -o gcp-europe-west2.json

# Amazon Web Services, eu-west-2 (London)
curl -fsSL -o aws-AmazonECS-eu-west-2.json https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonECS/current/eu-west-2/index.json
curl -fsSL -o aws-AmazonEKS-eu-west-2.json https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEKS/current/eu-west-2/index.json
curl -fsSL -o aws-AmazonEC2-eu-west-2.json https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/current/eu-west-2/index.json
curl -fsSL -o aws-AWSDataTransfer-eu-west-2.json https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AWSDataTransfer/current/eu-west-2/index.json
runsheet prices import aws aws-AmazonECS-eu-west-2.json aws-AmazonEKS-eu-west-2.json aws-AmazonEC2-eu-west-2.json aws-AWSDataTransfer-eu-west-2.json --region eu-west-2 -o aws-eu-west-2.json

# Microsoft Azure, uksouth (London)
azure_pages() { # NAME URL: each page of the response as NAME-1.json, NAME-2.json, ...
  n=1; url=$2
  while [ -n "$url" ]; do
    curl -fsS -o "$1-$n.json" "$url"
    url=$(sed -n 's/.*"NextPageLink": *"\([^"]*\)".*/\1/p' "$1-$n.json")
    n=$((n + 1))
  done
}
azure_pages 'azure-uksouth-container-apps-active-vcpu-second' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Azure%20Container%20Apps%27%20and%20meterName%20eq%20%27Standard%20vCPU%20Active%20Usage%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-container-apps-active-gib-second' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Azure%20Container%20Apps%27%20and%20meterName%20eq%20%27Standard%20Memory%20Active%20Usage%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-container-apps-idle-vcpu-second' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Azure%20Container%20Apps%27%20and%20meterName%20eq%20%27Standard%20vCPU%20Idle%20Usage%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-container-apps-per-million-requests' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Azure%20Container%20Apps%27%20and%20meterName%20eq%20%27Standard%20Requests%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-aks-standard-cluster-hour' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Azure%20Kubernetes%20Service%27%20and%20meterName%20eq%20%27Standard%20Uptime%20SLA%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-vm-d2s-v5-hour' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Virtual%20Machines%27%20and%20armSkuName%20eq%20%27Standard_D2s_v5%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-vm-d4s-v5-hour' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Virtual%20Machines%27%20and%20armSkuName%20eq%20%27Standard_D4s_v5%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-vm-d8s-v5-hour' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Virtual%20Machines%27%20and%20armSkuName%20eq%20%27Standard_D8s_v5%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-vm-nc4as-t4-v3-hour' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Virtual%20Machines%27%20and%20armSkuName%20eq%20%27Standard_NC4as_T4_v3%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-lb-month' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Load%20Balancer%27%20and%20meterName%20eq%20%27Standard%20Included%20LB%20Rules%20and%20Outbound%20Rules%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-nat-month' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27NAT%20Gateway%27%20and%20meterName%20eq%20%27Standard%20Gateway%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-nat-gb' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27NAT%20Gateway%27%20and%20meterName%20eq%20%27Standard%20Data%20Processed%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-egress-gb' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Bandwidth%27%20and%20meterName%20eq%20%27Standard%20Data%20Transfer%20Out%27%20and%20productName%20eq%20%27Rtn%20Preference%3A%20MGN%27%20and%20type%20eq%20%27Consumption%27'
azure_pages 'azure-uksouth-azure-disk-gib-month' 'https://prices.azure.com/api/retail/prices?$filter=armRegionName%20eq%20%27uksouth%27%20and%20serviceName%20eq%20%27Storage%27%20and%20productName%20eq%20%27Standard%20SSD%20Managed%20Disks%27%20and%20meterName%20eq%20%27E10%20LRS%20Disk%27%20and%20type%20eq%20%27Consumption%27'
runsheet prices import azure azure-uksouth-container-apps-active-vcpu-second-*.json azure-uksouth-container-apps-active-gib-second-*.json azure-uksouth-container-apps-idle-vcpu-second-*.json azure-uksouth-container-apps-per-million-requests-*.json azure-uksouth-aks-standard-cluster-hour-*.json azure-uksouth-azure-vm-d2s-v5-hour-*.json azure-uksouth-azure-vm-d4s-v5-hour-*.json azure-uksouth-azure-vm-d8s-v5-hour-*.json azure-uksouth-azure-vm-nc4as-t4-v3-hour-*.json azure-uksouth-azure-lb-month-*.json azure-uksouth-azure-nat-month-*.json azure-uksouth-azure-nat-gb-*.json azure-uksouth-azure-egress-gb-*.json azure-uksouth-azure-disk-gib-month-*.json --region uksouth -o azure-uksouth.json

# Fly.io (lhr, London): no machine-readable price list; write a pricing sheet by hand
# with "provider": "fly" and "region": "lhr", as models/pricing/fly-*.json, from the vendor's price page

# Hetzner, nbg1 (Nuremberg, Germany)
: "${HCLOUD_TOKEN:?set HCLOUD_TOKEN to a Hetzner Cloud API token}"
curl -fsS -H "Authorization: Bearer $HCLOUD_TOKEN" -o hetzner-pricing.json https://api.hetzner.cloud/v1/pricing
runsheet prices import hetzner hetzner-pricing.json --region nbg1 -o hetzner-nbg1.json

# then: runsheet calc SCENARIO --set workload.region=uk --pricing gcp-europe-west2.json --pricing aws-eu-west-2.json --pricing azure-uksouth.json --pricing hetzner-nbg1.json
--- stderr

