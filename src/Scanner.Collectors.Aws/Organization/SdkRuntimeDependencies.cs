using Amazon.Runtime;
using Amazon.RuntimeDependencies;
using Amazon.SSO;
using Amazon.SSOOIDC;

namespace Scanner.Collectors.Aws.Organization;

/// <summary>
/// SSO profiles need the SSO and SSO-OIDC clients, which AWSSDK.Core otherwise loads by reflection — trimmed away in
/// the Native-AOT CLI. Registering factories once per process makes <c>--profile</c> with <c>sso_session</c> work there.
/// Both clients run unsigned (the SSO portal takes the bearer token, OIDC is anonymous).
/// </summary>
internal static class SdkRuntimeDependencies
{
    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1) return;
        GlobalRuntimeDependencyRegistry.Instance.RegisterSSOClient(context =>
            new AmazonSSOClient(new AnonymousAWSCredentials(), new AmazonSSOConfig { RegionEndpoint = context.SSOClientContextData.Region }));
        GlobalRuntimeDependencyRegistry.Instance.RegisterSSOOIDCClient(context =>
            new AmazonSSOOIDCClient(new AnonymousAWSCredentials(), new AmazonSSOOIDCConfig { RegionEndpoint = context.SSOOIDCClientContextData.Region }));
    }
}
