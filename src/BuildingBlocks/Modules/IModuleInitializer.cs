namespace Platform.BuildingBlocks.Modules;

/// <summary>Start-up work of a module (apply its migrations, seed reference data), run by the host in
/// <see cref="Order"/>.</summary>
public interface IModuleInitializer
{
    int Order { get; }

    Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken);
}
